//! `yieldscope export FILE.py [-o OUT.html]`: a whole trace as one HTML
//! file that opens anywhere, with no network and no WebAssembly. Part of
//! the command-line program, not the library.
//!
//! The viewer (`crate/assets/viewer.html`: the browser app's player, built
//! by `npm run build` and checked in, so a plain cargo build needs no
//! Node.js) is compiled in; the trace goes into its data slot as JSON:
//! the program, and every step's state exactly as `trace --json` prints it.

use yieldscope::runtime::events::EventKind;
use yieldscope::trace::schema::SCHEMA_VERSION;

const VIEWER: &str = include_str!("../assets/viewer.html");
const DATA_SLOT: &str = r#"<script type="application/json" id="yieldscope-trace"></script>"#;

/// Steps exported when `--max-steps` is not given: a file a browser opens
/// quickly (a state is a few kilobytes of JSON).
pub const DEFAULT_MAX_STEPS: u64 = 10_000;

/// The viewer page holding the program and its states (each a JSON object).
pub fn page(source: &str, filename: &str, states: &[String]) -> String {
    let kinds: Vec<&str> = EventKind::ALL.iter().map(|kind| kind.as_str()).collect();
    let mut data = format!(
        r#"{{"schema":{SCHEMA_VERSION},"filename":{},"source":{},"eventKinds":{},"steps":["#,
        json_string(filename),
        json_string(source),
        serde_json::to_string(&kinds).unwrap_or_else(|_| "[]".to_owned()),
    );
    for (index, state) in states.iter().enumerate() {
        if index > 0 {
            data.push(',');
        }
        data.push_str(state);
    }
    data.push_str("]}");
    // `<` appears only inside JSON strings, where `\u003c` means the same;
    // so nothing in the program or its output can close the script element.
    let data = data.replace('<', "\\u003c");
    let slot = DATA_SLOT.replace("></script>", &format!(">{data}</script>"));
    VIEWER.replacen(DATA_SLOT, &slot, 1)
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// `program.py` → `program.html`.
pub fn default_output(file: &str) -> String {
    let stem = file.strip_suffix(".py").unwrap_or(file);
    format!("{stem}.html")
}

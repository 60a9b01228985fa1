//! `yieldscope export`: the HTML file it writes holds the viewer once, and
//! the program and every state as JSON that nothing in the program can
//! break out of. (The file is opened and stepped through in a browser by
//! tests/e2e/export.spec.ts.)

use std::process::Command;

const DATA_OPEN: &str = r#"<script type="application/json" id="yieldscope-trace">"#;

fn export(source: &str, name: &str) -> (std::process::Output, String) {
    let dir = std::env::temp_dir().join(format!("yieldscope-export-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join(format!("{name}.py"));
    std::fs::write(&program, source).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_yieldscope"))
        .arg("export")
        .arg(&program)
        .output()
        .unwrap();
    let html = std::fs::read_to_string(dir.join(format!("{name}.html"))).unwrap_or_default();
    (output, html)
}

fn data(html: &str) -> serde_json::Value {
    let start = html.find(DATA_OPEN).expect("a data slot") + DATA_OPEN.len();
    let end = start + html[start..].find("</script>").expect("the slot ends");
    serde_json::from_str(&html[start..end]).expect("the data is JSON")
}

#[test]
fn the_checked_in_viewer_has_one_data_slot() {
    let viewer = include_str!("../assets/viewer.html");
    assert_eq!(
        viewer
            .matches(r#"<script type="application/json" id="yieldscope-trace"></script>"#)
            .count(),
        1
    );
}

#[test]
fn exports_every_step_of_a_generator_program() {
    let source = "def gen():\n    yield 1\n    yield 2\n\nfor value in gen():\n    print(value)\n";
    let (output, html) = export(source, "two_yields");
    assert!(output.status.success(), "{output:?}");
    let data = data(&html);
    assert_eq!(data["source"], source);
    assert_eq!(data["filename"], "two_yields.py");
    let steps = data["steps"].as_array().unwrap();
    assert!(steps.len() > 10);
    let last = steps.last().unwrap();
    assert_eq!(last["output"], "1\n2\n");
    assert_eq!(last["end"]["reason"], "finished");
    let yields = steps
        .iter()
        .filter(|step| step["event"]["kind"] == "yield")
        .count();
    assert_eq!(yields, 2);
}

#[test]
fn program_text_and_output_cannot_close_the_data_element() {
    let source = "print(\"</script><img src=x onerror=alert(1)>\")\n";
    let (output, html) = export(source, "hostile");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(html.matches("<img").count(), 0);
    let data = data(&html);
    assert_eq!(data["source"], source);
    assert_eq!(
        data["steps"].as_array().unwrap().last().unwrap()["output"],
        "</script><img src=x onerror=alert(1)>\n"
    );
}

#[test]
fn a_run_that_raises_is_exported_and_exits_1() {
    let (output, html) = export("raise ValueError('no')\n", "raises");
    assert_eq!(output.status.code(), Some(1));
    let data = data(&html);
    let last = data["steps"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["end"]["reason"], "error");
    assert!(String::from_utf8_lossy(&output.stderr).contains("ValueError: no"));
}

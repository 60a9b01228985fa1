//! The CPython differential corpus: every program in `tests/corpus` runs
//! in-process and must reproduce what CPython 3.11 printed (stdout, the last
//! line of stderr on failure, and the exit code), as recorded by
//! `tests/corpus/regen.py`.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use yieldscope::run::{run_source, RunOptions};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus")
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "py")
                && path.with_extension("expected.json").exists()
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
}

fn check(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(path.with_extension("expected.json"))
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let filename = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("program.py");
    let options = RunOptions {
        max_steps: 200_000_000,
        ..RunOptions::default()
    };
    let outcome = run_source(&source, filename, &options);
    let expected_stdout = expected["stdout"].as_str().unwrap_or_default();
    let expected_code = expected["exit_code"].as_i64().unwrap_or_default();
    let expected_last = expected["stderr_last_line"].as_str().unwrap_or_default();
    let mut problems = Vec::new();
    if outcome.stdout != expected_stdout {
        problems.push(format!(
            "stdout differs\n--- expected\n{expected_stdout}--- actual\n{}",
            outcome.stdout
        ));
    }
    if i64::from(outcome.exit_code) != expected_code {
        problems.push(format!(
            "exit code {} (expected {expected_code})\nstderr:\n{}",
            outcome.exit_code, outcome.stderr
        ));
    }
    if expected_code != 0 && last_line(&outcome.stderr) != expected_last {
        problems.push(format!(
            "last stderr line differs\n  expected: {expected_last}\n  actual:   {}",
            last_line(&outcome.stderr)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let arguments = Arguments::from_args();
    let root = corpus_root();
    let trials = programs(&root)
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&arguments, trials).exit();
}

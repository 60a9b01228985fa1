//! Parses every fixture under `tests/fixtures/parser`:
//!
//! - `valid/*.py` must parse; their trees are snapshotted.
//! - `invalid/*.py` must fail with the error CPython 3.11 reports, recorded
//!   in `invalid/*.expected` by `regen.py` (message and line).
//! - `unsupported/*.py` are valid Python that Yieldscope rejects with its
//!   own message, recorded by hand in `unsupported/*.expected`.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use yieldscope::syntax::parse_module;

fn fixture_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parser")
        .join(kind)
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(fixture_dir(kind))
        .expect("fixture directory exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    paths.sort();
    paths
}

fn name_of(path: &Path) -> String {
    path.file_stem()
        .expect("fixture has a name")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn valid_fixtures_parse() {
    let paths = fixtures("valid");
    assert!(!paths.is_empty());
    for path in paths {
        let source = fs::read_to_string(&path).expect("fixture is UTF-8");
        let module = parse_module(&source)
            .unwrap_or_else(|error| panic!("{} failed to parse: {error:?}", path.display()));
        insta::with_settings!({
            snapshot_path => fixture_dir("snapshots"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name_of(&path), support::dump_module(&module));
        });
    }
}

/// Checks each fixture in `kind` against its `.expected` file, reporting
/// every mismatch at once.
fn check_errors(kind: &str) -> usize {
    let paths = fixtures(kind);
    let mut mismatches = Vec::new();
    for path in &paths {
        let source = fs::read_to_string(path).expect("fixture is UTF-8");
        let expected = fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", path.display()));
        let mut lines = expected.lines();
        let message = lines.next().expect("an error line");
        let line = lines.next().expect("a line number line");
        let actual = match parse_module(&source) {
            Ok(_) => "parsed without error".to_string(),
            Err(error) => format!(
                "{}: {}\nline {}",
                error.kind.python_name(),
                error.message,
                error.span.line
            ),
        };
        let wanted = format!("{message}\n{line}");
        if actual != wanted {
            mismatches.push(format!(
                "{}:\n  expected {}\n  actual   {}",
                name_of(path),
                wanted.replace('\n', " / "),
                actual.replace('\n', " / ")
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} fixtures differ:\n{}",
        mismatches.len(),
        paths.len(),
        mismatches.join("\n")
    );
    paths.len()
}

#[test]
fn invalid_fixtures_match_cpython() {
    assert!(check_errors("invalid") >= 60);
}

#[test]
fn unsupported_fixtures_are_rejected() {
    assert!(check_errors("unsupported") > 0);
}

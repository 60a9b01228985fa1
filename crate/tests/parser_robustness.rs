//! No input may make the parser panic or overflow its stack. Every case
//! runs on a thread with a 1 MB stack, the default for WebAssembly, in
//! whatever build the tests run in (unoptimized ones need the most stack).

use std::fs;
use std::path::Path;
use std::thread;

use proptest::prelude::*;
use yieldscope::syntax::error::{CompileError, CompileErrorKind};
use yieldscope::syntax::parse_module;

const STACK_SIZE: usize = 1 << 20;

/// Parses `source` on a small-stack thread; the tree or error is dropped
/// there too, since dropping a deep tree recurses as well.
fn parse_on_small_stack(source: String) -> Result<(), CompileError> {
    thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || parse_module(&source).map(drop))
        .expect("spawn a parsing thread")
        .join()
        .unwrap_or_else(|_| panic!("the parser panicked"))
}

fn nesting_error(result: Result<(), CompileError>) -> CompileError {
    let error = result.expect_err("deep nesting is rejected");
    assert_eq!(error.kind, CompileErrorKind::SyntaxError);
    error
}

#[test]
fn deep_prefix_operators_are_rejected() {
    for prefix in [
        "-", "+", "~", "not ", "await ", "lambda: ", "2 ** ", "yield ",
    ] {
        let source = format!("x = {}1\n", prefix.repeat(10_000));
        let error = nesting_error(parse_on_small_stack(source));
        assert!(
            error.message == "too many nested expressions" || error.message == "invalid syntax",
            "{prefix:?}: {error:?}"
        );
    }
}

#[test]
fn deep_conditional_expressions_are_rejected() {
    let source = format!("x = {}1\n", "a if b else ".repeat(10_000));
    let error = nesting_error(parse_on_small_stack(source));
    assert_eq!(error.message, "too many nested expressions");
}

#[test]
fn long_chains_are_bounded_in_height() {
    for (operator, count) in [(" + ", 100_000), (".", 100_000), ("()", 100_000)] {
        let source = match operator {
            "()" => format!("x = f{}\n", "()".repeat(count)),
            "." => format!("x = a{}\n", ".b".repeat(count)),
            _ => format!("x = {}\n", vec!["1"; count].join(operator)),
        };
        let error = nesting_error(parse_on_small_stack(source));
        assert_eq!(error.message, "too many nested expressions");
    }
    let moderate = format!("x = {}\n", vec!["1"; 500].join(" + "));
    assert!(parse_on_small_stack(moderate).is_ok());
}

#[test]
fn deep_brackets_are_rejected_by_the_tokenizer() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let source = format!("x = {}{}\n", open.repeat(10_000), close.repeat(10_000));
        let error = nesting_error(parse_on_small_stack(source));
        assert_eq!(error.message, "too many nested parentheses");
    }
}

#[test]
fn the_deepest_brackets_the_tokenizer_allows_do_not_overflow() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("f(", ")"), ("a[", "]")] {
        let source = format!("x = {}1{}\n", open.repeat(200), close.repeat(200));
        let result = parse_on_small_stack(source);
        if let Err(error) = result {
            assert_eq!(error.message, "too many nested expressions");
        }
    }
}

#[test]
fn deep_blocks_are_rejected_by_the_tokenizer() {
    let mut source = String::new();
    for level in 0..150 {
        source.push_str(&" ".repeat(level));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(150));
    source.push_str("pass\n");
    let error = parse_on_small_stack(source).expect_err("too deep");
    assert_eq!(error.kind, CompileErrorKind::IndentationError);
    assert_eq!(error.message, "too many levels of indentation");
}

#[test]
fn the_deepest_blocks_the_tokenizer_allows_parse() {
    let mut source = String::new();
    for level in 0..99 {
        source.push_str(&" ".repeat(level));
        source.push_str("while x:\n");
    }
    source.push_str(&" ".repeat(99));
    source.push_str("pass\n");
    assert!(parse_on_small_stack(source).is_ok());
}

#[test]
fn long_elif_chains_are_bounded() {
    let source = format!("if x:\n    pass\n{}", "elif x:\n    pass\n".repeat(10_000));
    let error = nesting_error(parse_on_small_stack(source));
    assert_eq!(error.message, "too many nested expressions");
}

#[test]
fn long_flat_programs_parse() {
    let statements = "x = [1, 2, 3]\n".repeat(20_000);
    assert!(parse_on_small_stack(statements).is_ok());
    let list = format!("x = [{}]\n", vec!["1"; 100_000].join(", "));
    assert!(parse_on_small_stack(list).is_ok());
    let strings = format!("x = {}\n", vec!["'a'"; 10_000].join(" "));
    assert!(parse_on_small_stack(strings).is_ok());
}

#[test]
fn nested_fstrings_do_not_overflow() {
    let source = "x = f\"{f'{f\"\"\"{f'''{(((((1)))))}'''}\"\"\"}'}\"\n".to_string();
    let _ = parse_on_small_stack(source);
    let brackets = format!("x = f'{{{}1{}}}'\n", "(".repeat(199), ")".repeat(199));
    let _ = parse_on_small_stack(brackets);
}

fn valid_fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parser/valid");
    let mut sources: Vec<String> = fs::read_dir(dir)
        .expect("fixture directory exists")
        .map(|entry| fs::read_to_string(entry.expect("entry").path()).expect("UTF-8 fixture"))
        .collect();
    sources.sort();
    sources
}

const TOKENS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "->", ".", "...", "*", "**", "+",
    "-", "~", "@", "/", "//", "%", "<", ">", "<>", "!", "$", "?", "\\", "#", "'", "\"", "'''",
    "\"\"\"", "f'", "f\"{", "b'", "r'", "}", "\n", "\r\n", "\t", "    ", " ", "x", "_", "match",
    "case", "print", "1", "0x", "1_", "1.", ".5", "1e", "1j", "0o8", "00", "if", "elif", "else",
    "for", "while", "in", "not", "is", "and", "or", "lambda", "yield", "from", "def", "class",
    "return", "try", "except", "finally", "with", "as", "async", "await", "import", "del",
    "global", "nonlocal", "pass", "break", "continue", "assert", "raise", "None", "True", "é", "…",
    "\u{a0}", "\u{200b}", "\0",
];

#[derive(Debug, Clone)]
enum Mutation {
    DeleteChars { at: usize, len: usize },
    Insert { at: usize, token: usize },
    DuplicateLine { line: usize },
    DeleteLine { line: usize },
    Reindent { line: usize, indent: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..8usize).prop_map(|(at, len)| Mutation::DeleteChars { at, len }),
        (any::<usize>(), any::<usize>()).prop_map(|(at, token)| Mutation::Insert { at, token }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        any::<usize>().prop_map(|line| Mutation::DeleteLine { line }),
        (any::<usize>(), 0..5usize).prop_map(|(line, indent)| Mutation::Reindent { line, indent }),
    ]
}

fn apply(source: &str, mutation: &Mutation) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut lines: Vec<String> = source.split('\n').map(str::to_string).collect();
    match *mutation {
        Mutation::DeleteChars { at, len } if !chars.is_empty() => {
            let at = at % chars.len();
            let end = (at + len).min(chars.len());
            chars[..at].iter().chain(&chars[end..]).collect()
        }
        Mutation::Insert { at, token } => {
            let at = at % (chars.len() + 1);
            let token = TOKENS[token % TOKENS.len()];
            let mut result: String = chars[..at].iter().collect();
            result.push_str(token);
            result.extend(&chars[at..]);
            result
        }
        Mutation::DuplicateLine { line } => {
            let line = line % lines.len();
            let copy = lines[line].clone();
            lines.insert(line, copy);
            lines.join("\n")
        }
        Mutation::DeleteLine { line } => {
            lines.remove(line % lines.len());
            lines.join("\n")
        }
        Mutation::Reindent { line, indent } => {
            let line = line % lines.len();
            let text = lines[line].trim_start().to_string();
            lines[line] = ["", " ", "  ", "    ", "\t"][indent].to_string() + &text;
            lines.join("\n")
        }
        _ => source.to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = parse_on_small_stack(String::from_utf8_lossy(&bytes).into_owned());
    }

    #[test]
    fn token_soups_never_panic(
        picks in proptest::collection::vec((any::<usize>(), 0..4usize), 0..120)
    ) {
        let mut source = String::new();
        for (token, separator) in picks {
            source.push_str(TOKENS[token % TOKENS.len()]);
            source.push_str(["", " ", "\n", "  "][separator]);
        }
        let _ = parse_on_small_stack(source);
    }

    #[test]
    fn mutated_programs_never_panic(
        fixture in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..5)
    ) {
        let fixtures = valid_fixtures();
        let mut source = fixtures[fixture % fixtures.len()].clone();
        for mutation in &mutations {
            source = apply(&source, mutation);
        }
        let _ = parse_on_small_stack(source);
    }
}

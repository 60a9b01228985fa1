//! Checks the str methods against results recorded from CPython 3.11 by
//! `fixtures/text/regen.py`.

use serde_json::{json, Value as Json};
use yieldscope::text::str_methods as methods;

const CHAR_METHODS: [&str; 14] = [
    "lower",
    "upper",
    "casefold",
    "title",
    "isspace",
    "isalpha",
    "isdecimal",
    "isdigit",
    "isnumeric",
    "isprintable",
    "islower",
    "isupper",
    "istitle",
    "isidentifier",
];

fn no_arguments(method: &str, text: &str) -> Json {
    match method {
        "lower" => json!(methods::lower(text)),
        "upper" => json!(methods::upper(text)),
        "casefold" => json!(methods::casefold(text)),
        "title" => json!(methods::title(text)),
        "capitalize" => json!(methods::capitalize(text)),
        "swapcase" => json!(methods::swapcase(text)),
        "isspace" => json!(methods::isspace(text)),
        "isalpha" => json!(methods::isalpha(text)),
        "isalnum" => json!(methods::isalnum(text)),
        "isdecimal" => json!(methods::isdecimal(text)),
        "isdigit" => json!(methods::isdigit(text)),
        "isnumeric" => json!(methods::isnumeric(text)),
        "isprintable" => json!(methods::isprintable(text)),
        "isascii" => json!(methods::isascii(text)),
        "islower" => json!(methods::islower(text)),
        "isupper" => json!(methods::isupper(text)),
        "istitle" => json!(methods::istitle(text)),
        "isidentifier" => json!(methods::isidentifier(text)),
        "splitlines" => json!(methods::splitlines(text, false)),
        "strip" => json!(methods::strip(text, None)),
        "lstrip" => json!(methods::lstrip(text, None)),
        "rstrip" => json!(methods::rstrip(text, None)),
        "expandtabs" => json!(methods::expandtabs(text, 8)),
        "repr" => json!(methods::str_repr(text)),
        "chars" => {
            let mut results: Vec<Json> = CHAR_METHODS
                .iter()
                .map(|method| no_arguments(method, text))
                .collect();
            results.push(json!(methods::str_repr(text)));
            Json::Array(results)
        }
        other => panic!("unknown method {other}"),
    }
}

fn optional_int(json: &Json) -> Option<i64> {
    json.as_i64()
}

/// Python's negative `maxsplit` and `count` mean "no limit".
fn limit(json: &Json) -> Option<usize> {
    usize::try_from(json.as_i64().unwrap()).ok()
}

fn call(method: &str, text: &str, arguments: &[Json]) -> Json {
    if arguments.is_empty() {
        return no_arguments(method, text);
    }
    let string = |index: usize| arguments[index].as_str().unwrap();
    let int = |index: usize| arguments[index].as_i64().unwrap();
    match method {
        "splitlines" => json!(methods::splitlines(text, arguments[0].as_bool().unwrap())),
        "expandtabs" => json!(methods::expandtabs(text, int(0))),
        "strip" => json!(methods::strip(text, Some(string(0)))),
        "lstrip" => json!(methods::lstrip(text, Some(string(0)))),
        "rstrip" => json!(methods::rstrip(text, Some(string(0)))),
        "split" => json!(methods::split(
            text,
            arguments[0].as_str(),
            limit(&arguments[1])
        )),
        "rsplit" => json!(methods::rsplit(
            text,
            arguments[0].as_str(),
            limit(&arguments[1])
        )),
        "center" | "ljust" | "rjust" => {
            let fill = string(1).chars().next().unwrap();
            json!(match method {
                "center" => methods::center(text, int(0), fill),
                "ljust" => methods::ljust(text, int(0), fill),
                _ => methods::rjust(text, int(0), fill),
            })
        }
        "zfill" => json!(methods::zfill(text, int(0))),
        "find" | "rfind" | "count" | "startswith" | "endswith" => {
            let (needle, start, end) = (
                string(0),
                optional_int(&arguments[1]),
                optional_int(&arguments[2]),
            );
            let as_python_index = |found: Option<usize>| found.map_or(-1, |index| index as i64);
            match method {
                "find" => json!(as_python_index(methods::find(text, needle, start, end))),
                "rfind" => json!(as_python_index(methods::rfind(text, needle, start, end))),
                "count" => json!(methods::count(text, needle, start, end)),
                "startswith" => json!(methods::startswith(text, needle, start, end)),
                _ => json!(methods::endswith(text, needle, start, end)),
            }
        }
        "replace" => json!(methods::replace(
            text,
            string(0),
            string(1),
            limit(&arguments[2])
        )),
        "partition" => {
            let (before, separator, after) = methods::partition(text, string(0));
            json!([before, separator, after])
        }
        "rpartition" => {
            let (before, separator, after) = methods::rpartition(text, string(0));
            json!([before, separator, after])
        }
        "removeprefix" => json!(methods::removeprefix(text, string(0))),
        "removesuffix" => json!(methods::removesuffix(text, string(0))),
        other => panic!("unknown method {other}"),
    }
}

#[test]
fn str_methods_match_cpython() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("fixtures/text/str_methods.jsonl").lines() {
        let record: Json = serde_json::from_str(line).unwrap();
        let text = record[0].as_str().unwrap();
        for call_record in record[1].as_array().unwrap() {
            let method = call_record[0].as_str().unwrap();
            let arguments = call_record[1].as_array().unwrap();
            let actual = call(method, text, arguments);
            if actual != call_record[2] {
                failures.push(format!(
                    "{text:?}.{method}{arguments:?}: got {actual}, expected {}",
                    call_record[2]
                ));
            }
            count += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
    assert!(count > 20_000);
}

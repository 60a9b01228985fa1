//! Checks text conversions against expectations recorded from CPython 3.11
//! by `fixtures/text/regen.py`.

use num_bigint::BigInt;
use num_traits::Num;
use serde_json::Value as Json;
use yieldscope::text::float_repr::float_repr;
use yieldscope::text::format_spec::{
    format_float, format_int, format_str, parse_format_spec, FormatError, FormatErrorKind,
};
use yieldscope::text::int_text::{parse_float, parse_int, ParseIntError};

fn records(text: &str) -> impl Iterator<Item = Json> + '_ {
    text.lines().map(|line| serde_json::from_str(line).unwrap())
}

fn float_from_bits(json: &Json) -> f64 {
    f64::from_bits(json.as_str().unwrap().parse().unwrap())
}

fn int_from_hex(text: &str) -> BigInt {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let magnitude = BigInt::from_str_radix(digits.trim_start_matches("0x"), 16).unwrap();
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[test]
fn float_reprs_match_cpython() {
    let mut count = 0;
    for record in records(include_str!("fixtures/text/float_repr.jsonl")) {
        let value = float_from_bits(&record[0]);
        assert_eq!(
            float_repr(value),
            record[1].as_str().unwrap(),
            "bits {}",
            record[0]
        );
        count += 1;
    }
    assert!(count > 1000);
}

fn render(outcome: Result<String, FormatError>) -> Json {
    match outcome {
        Ok(text) => serde_json::json!({ "ok": text }),
        Err(error) => {
            let kind = match error.kind {
                FormatErrorKind::ValueError => "ValueError",
                FormatErrorKind::OverflowError => "OverflowError",
            };
            serde_json::json!({ "error": kind, "message": error.message })
        }
    }
}

#[test]
fn format_specs_match_cpython() {
    let mut failures = Vec::new();
    let mut count = 0;
    for record in records(include_str!("fixtures/text/format.jsonl")) {
        let kind = record[0].as_str().unwrap();
        let spec_text = record[2].as_str().unwrap();
        let type_name = kind;
        let outcome = if spec_text.is_empty() && kind != "float" {
            // An empty spec is str(value), which callers produce themselves.
            continue;
        } else {
            parse_format_spec(spec_text, type_name).and_then(|spec| match kind {
                "float" => format_float(float_from_bits(&record[1]), &spec),
                "int" | "bool" => {
                    format_int(&int_from_hex(record[1].as_str().unwrap()), &spec, type_name)
                }
                "str" => format_str(record[1].as_str().unwrap(), &spec),
                other => panic!("unknown kind {other}"),
            })
        };
        let actual = render(outcome);
        if actual != record[3] {
            failures.push(format!(
                "{kind} {} {spec_text:?}: got {actual}, expected {}",
                record[1], record[3]
            ));
        }
        count += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
    assert!(count > 10_000);
}

#[test]
fn int_parsing_matches_cpython() {
    for record in records(include_str!("fixtures/text/parse_int.jsonl")) {
        let text = record[0].as_str().unwrap();
        let base = record[1].as_u64().unwrap() as u32;
        let expected = &record[2];
        match parse_int(text, base) {
            Ok(value) => {
                let expected = expected["ok"].as_str().unwrap_or_else(|| {
                    panic!("{text:?} base {base}: parsed {value}, expected {expected}")
                });
                assert_eq!(value, int_from_hex(expected), "{text:?} base {base}");
            }
            Err(ParseIntError::Invalid) => {
                assert!(
                    expected.get("invalid").is_some(),
                    "{text:?} base {base}: {expected}"
                )
            }
            Err(ParseIntError::TooManyDigits(message)) => {
                assert_eq!(
                    Some(message.as_str()),
                    expected["limit"].as_str(),
                    "{text:?}"
                )
            }
        }
    }
}

#[test]
fn float_parsing_matches_cpython() {
    for record in records(include_str!("fixtures/text/parse_float.jsonl")) {
        let text = record[0].as_str().unwrap();
        let actual = parse_float(text);
        match &record[1] {
            Json::Null => assert_eq!(actual, None, "{text:?}"),
            bits => {
                let expected = float_from_bits(bits);
                let actual = actual.unwrap_or_else(|| panic!("{text:?} rejected"));
                assert!(
                    actual.to_bits() == expected.to_bits()
                        || (actual.is_nan() && expected.is_nan()),
                    "{text:?}: {actual} != {expected}"
                );
            }
        }
    }
}

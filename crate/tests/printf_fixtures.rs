//! Checks `%`-formatting against results recorded from CPython 3.11 by
//! `fixtures/text/regen.py`.

use num_bigint::BigInt;
use num_traits::Num;
use serde_json::{json, Value as Json};
use yieldscope::text::printf::{
    printf_format, PrintfArg, PrintfArgs, PrintfError, PrintfErrorKind,
};

fn argument(json: &Json) -> PrintfArg {
    let (tag, payload) = json.as_object().unwrap().iter().next().unwrap();
    match tag.as_str() {
        "int" => {
            let text = payload.as_str().unwrap();
            let (negative, digits) = match text.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, text),
            };
            let magnitude = BigInt::from_str_radix(&digits[2..], 16).unwrap();
            PrintfArg::Int(if negative { -magnitude } else { magnitude })
        }
        "bool" => PrintfArg::Bool(payload.as_bool().unwrap()),
        "float" => PrintfArg::Float(f64::from_bits(payload.as_str().unwrap().parse().unwrap())),
        "str" => PrintfArg::Str(payload.as_str().unwrap().to_owned()),
        "other" => PrintfArg::Other {
            type_name: payload[0].as_str().unwrap().to_owned(),
            str_text: payload[1].as_str().unwrap().to_owned(),
            repr_text: payload[2].as_str().unwrap().to_owned(),
        },
        other => panic!("unknown tag {other}"),
    }
}

fn render(outcome: Result<String, PrintfError>) -> Json {
    match outcome {
        Ok(text) => json!({ "ok": text }),
        Err(error) => {
            let kind = match error.kind {
                PrintfErrorKind::TypeError => "TypeError",
                PrintfErrorKind::ValueError => "ValueError",
                PrintfErrorKind::OverflowError => "OverflowError",
                PrintfErrorKind::MemoryError => "MemoryError",
                PrintfErrorKind::KeyError => "KeyError",
            };
            json!({ "error": kind, "message": error.message })
        }
    }
}

fn run(template: &str, operand: &Json) -> Result<String, PrintfError> {
    if let Some(items) = operand.get("tuple") {
        let values: Vec<PrintfArg> = items.as_array().unwrap().iter().map(argument).collect();
        return printf_format(template, PrintfArgs::Tuple(&values));
    }
    if let Some(single) = operand.get("single") {
        let value = argument(single);
        return printf_format(
            template,
            PrintfArgs::Single {
                value: &value,
                mapping: None,
            },
        );
    }
    let entries = operand["mapping"].as_object().unwrap();
    let repr = operand["repr"].as_str().unwrap();
    let itself = PrintfArg::Other {
        type_name: "dict".into(),
        str_text: repr.into(),
        repr_text: repr.into(),
    };
    let mut lookup = |key: &str| Ok(entries.get(key).map(argument));
    printf_format(
        template,
        PrintfArgs::Single {
            value: &itself,
            mapping: Some(&mut lookup),
        },
    )
}

#[test]
fn printf_matches_cpython() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("fixtures/text/printf.jsonl").lines() {
        let record: Json = serde_json::from_str(line).unwrap();
        let template = record[0].as_str().unwrap();
        let actual = render(run(template, &record[1]));
        if actual != record[2] {
            failures.push(format!(
                "{template:?} % {}: got {actual}, expected {}",
                record[1], record[2]
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
    assert!(count > 2000);
}

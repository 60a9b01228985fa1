//! Checks hashes and set iteration orders against expectations recorded
//! from CPython 3.11 by `fixtures/table/regen.py`.

use std::str::FromStr;

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use serde_json::Value as Json;
use yieldscope::table::hash;
use yieldscope::table::SetTable;

#[derive(Clone, Debug)]
enum Value {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bool(bool),
    Tuple(Vec<Value>),
    FrozenSet(Vec<Value>),
}

impl Value {
    fn from_json(json: &Json) -> Value {
        let (tag, payload) = json
            .as_object()
            .and_then(|object| object.iter().next())
            .expect("a tagged value");
        let items = || {
            payload
                .as_array()
                .unwrap()
                .iter()
                .map(Value::from_json)
                .collect()
        };
        match tag.as_str() {
            "int" => Value::Int(BigInt::from_str(payload.as_str().unwrap()).unwrap()),
            "float" => Value::Float(payload.as_str().unwrap().parse().unwrap()),
            "str" => Value::Str(payload.as_str().unwrap().to_owned()),
            "bool" => Value::Bool(payload.as_bool().unwrap()),
            "tuple" => Value::Tuple(items()),
            "frozenset" => Value::FrozenSet(items()),
            other => panic!("unknown tag {other}"),
        }
    }

    fn hash(&self) -> i64 {
        match self {
            Value::Int(value) => hash::hash_int(value),
            Value::Float(value) => hash::hash_float(*value, 0),
            Value::Str(value) => hash::hash_str(value),
            Value::Bool(value) => hash::hash_bool(*value),
            Value::Tuple(items) => {
                hash::hash_tuple(&items.iter().map(Value::hash).collect::<Vec<_>>())
            }
            Value::FrozenSet(items) => hash::hash_frozenset(items.iter().map(Value::hash)),
        }
    }

    fn as_number(&self) -> Option<Result<BigInt, f64>> {
        match self {
            Value::Int(value) => Some(Ok(value.clone())),
            Value::Bool(value) => Some(Ok(BigInt::from(*value as u8))),
            Value::Float(value) => Some(Err(*value)),
            _ => None,
        }
    }

    /// Python's `==`.
    fn python_eq(&self, other: &Value) -> bool {
        if let (Some(left), Some(right)) = (self.as_number(), other.as_number()) {
            return match (left, right) {
                (Ok(left), Ok(right)) => left == right,
                (Err(left), Err(right)) => left == right,
                (Ok(int), Err(float)) | (Err(float), Ok(int)) => {
                    float.fract() == 0.0 && BigInt::from_f64(float) == Some(int)
                }
            };
        }
        match (self, other) {
            (Value::Str(left), Value::Str(right)) => left == right,
            (Value::Tuple(left), Value::Tuple(right)) => {
                left.len() == right.len() && left.iter().zip(right).all(|(a, b)| a.python_eq(b))
            }
            (Value::FrozenSet(left), Value::FrozenSet(right)) => {
                left.len() == right.len()
                    && left.iter().all(|a| right.iter().any(|b| a.python_eq(b)))
            }
            _ => false,
        }
    }

    /// Same type and same value: what the recorded order must show.
    fn identical(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Tuple(a), Value::Tuple(b)) | (Value::FrozenSet(a), Value::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.identical(y))
            }
            _ => false,
        }
    }
}

fn eq(stored: &Value, probe: &Value) -> bool {
    stored.python_eq(probe)
}

fn build(values: &[Value]) -> SetTable<Value> {
    let mut set = SetTable::new();
    for value in values {
        set.insert(value.hash(), value.clone(), eq);
    }
    set
}

fn dict_keys(values: &[Value]) -> Vec<Value> {
    let mut keys: Vec<Value> = Vec::new();
    for value in values {
        if !keys.iter().any(|key| key.python_eq(value)) {
            keys.push(value.clone());
        }
    }
    keys
}

fn insert_all(set: &mut SetTable<Value>, values: &[Value]) {
    for value in values {
        set.insert(value.hash(), value.clone(), eq);
    }
}

fn apply(set: &mut SetTable<Value>, operation: &str, values: &[Value]) -> Option<Value> {
    let infallible = |stored: &Value, probe: &Value| Ok::<bool, ()>(stored.python_eq(probe));
    match operation {
        "add" => {
            set.insert(values[0].hash(), values[0].clone(), eq);
        }
        "discard" => {
            set.remove(values[0].hash(), |stored| stored.python_eq(&values[0]));
        }
        "pop" => return set.pop().map(|(_, key)| key),
        "clear" => set.clear(),
        "copy" => *set = set.copy(),
        "display" if values.len() >= 3 => *set = build(values).copy(),
        "display" => *set = build(values),
        "update_set" => set.update_from_set(&build(values), eq),
        "update_dict" | "from_dict" => {
            if operation == "from_dict" {
                *set = SetTable::new();
            }
            let keys = dict_keys(values);
            set.reserve_for(keys.len());
            insert_all(set, &keys);
        }
        "or" => {
            let mut result = set.copy();
            result.update_from_set(&build(values), eq);
            *set = result;
        }
        "and" => *set = set.try_intersection(&build(values), infallible).unwrap(),
        "sub" => *set = set.try_difference(&build(values), infallible).unwrap(),
        "xor" => {
            *set = set
                .try_symmetric_difference(&build(values), infallible)
                .unwrap()
        }
        "iand" => set
            .try_intersection_update(&build(values), infallible)
            .unwrap(),
        "isub" => set
            .try_difference_update(&build(values), infallible)
            .unwrap(),
        "ixor" => set
            .try_symmetric_difference_update(&build(values), infallible)
            .unwrap(),
        "difference_update_list" => {
            for value in values {
                set.remove(value.hash(), |stored| stored.python_eq(value));
            }
            set.compact_after_removals();
        }
        other => panic!("unknown operation {other}"),
    }
    None
}

fn assert_same_order(case: &str, step: usize, actual: &SetTable<Value>, expected: &[Value]) {
    let actual: Vec<&Value> = actual.iter().collect();
    let matches =
        actual.len() == expected.len() && actual.iter().zip(expected).all(|(a, e)| a.identical(e));
    assert!(
        matches,
        "{case}, step {step}:\n  actual   {actual:?}\n  expected {expected:?}"
    );
}

#[test]
fn hashes_match_cpython() {
    let fixtures: Json = serde_json::from_str(include_str!("fixtures/table/hashes.json")).unwrap();
    let pairs = fixtures.as_array().unwrap();
    assert!(pairs.len() > 300);
    for pair in pairs {
        let value = Value::from_json(&pair[0]);
        let expected = pair[1].as_i64().unwrap();
        assert_eq!(value.hash(), expected, "hash of {value:?}");
    }
}

#[test]
fn small_int_hashes_match_the_big_int_path() {
    for value in [
        0i64,
        5,
        -5,
        1 << 61,
        (1 << 61) - 1,
        -(1 << 61),
        i64::MAX,
        i64::MIN,
    ] {
        assert_eq!(hash::hash_i64(value), hash::hash_int(&BigInt::from(value)));
    }
}

#[test]
fn set_orders_match_cpython() {
    let mut cases = 0;
    for line in include_str!("fixtures/table/sets.jsonl").lines() {
        let case: Json = serde_json::from_str(line).unwrap();
        let name = case["name"].as_str().unwrap();
        let mut set = SetTable::new();
        let steps = case["steps"].as_array().unwrap();
        for (index, (operation, step)) in case["ops"]
            .as_array()
            .unwrap()
            .iter()
            .zip(steps)
            .enumerate()
        {
            let operation = operation.as_array().unwrap();
            let kind = operation[0].as_str().unwrap();
            let values: Vec<Value> = match operation.get(1) {
                Some(Json::Array(items)) => items.iter().map(Value::from_json).collect(),
                Some(single) => vec![Value::from_json(single)],
                None => Vec::new(),
            };
            let popped = apply(&mut set, kind, &values);
            if let Some(expected) = step.get("popped") {
                let expected = Value::from_json(expected);
                assert!(
                    popped.as_ref().is_some_and(|p| p.identical(&expected)),
                    "{name}, step {index}: popped {popped:?}, expected {expected:?}"
                );
            }
            assert_eq!(
                set.len() as u64,
                step["len"].as_u64().unwrap(),
                "{name}, step {index}"
            );
            if let Some(order) = step.get("order") {
                let expected: Vec<Value> = order
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(Value::from_json)
                    .collect();
                assert_same_order(name, index, &set, &expected);
            }
        }
        cases += 1;
    }
    assert_eq!(cases, 100);
}

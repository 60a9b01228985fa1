//! Methods of `tuple`, `int`, `float`, `range`, `object` and exceptions.

use super::list::{count_of, index_argument, position_of};
use super::method_table;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

method_table!(TUPLE_METHODS, "tuple", {
    "count" => tuple_count,
    "index" => tuple_index,
});

method_table!(INT_METHODS, "int", {
    "bit_length" => bit_length,
    "conjugate" => identity,
});

method_table!(FLOAT_METHODS, "float", {
    "is_integer" => is_integer,
    "conjugate" => identity,
});

method_table!(RANGE_METHODS, "range", {
    "count" => range_count,
    "index" => range_index,
});

method_table!(OBJECT_METHODS, "object", {
    "__init__" => object_init,
});

method_table!(EXCEPTION_METHODS, "BaseException", {
    "__init__" => exception_init,
    "with_traceback" => with_traceback,
});

fn done(value: Value) -> PyResult<Called> {
    Ok(Called::Value(value))
}

fn tuple_items(value: &Value) -> PyResult<Vec<Value>> {
    match value {
        Value::Tuple(tuple) => Ok(tuple.items.to_vec()),
        other => Err(Exc::type_error(format!(
            "descriptor for 'tuple' objects doesn't apply to a '{}' object",
            other.qualified_type_name()
        ))),
    }
}

fn tuple_count(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let items = tuple_items(&value)?;
    args.expect_count("tuple.count", 1, 1)?;
    let target = &args.positional[0];
    let total = count_of(vm, &items, target)?;
    done(Value::Int(total as i64))
}

fn tuple_index(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let items = tuple_items(&value)?;
    args.expect_count("index", 1, 3)?;
    let length = items.len() as i64;
    let bound = |position: Option<&Value>, default: i64| -> PyResult<usize> {
        let raw = match position {
            None => default,
            Some(value) => index_argument(value)?,
        };
        Ok((if raw < 0 {
            (raw + length).max(0)
        } else {
            raw.min(length)
        }) as usize)
    };
    let start = bound(args.positional.get(1), 0)?;
    let stop = bound(args.positional.get(2), length)?;
    let target = &args.positional[0];
    match position_of(vm, &items, start..stop, target)? {
        Some(position) => done(Value::Int(position as i64)),
        None => Err(Exc::value_error("tuple.index(x): x not in tuple")),
    }
}

fn bit_length(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("bit_length", 0, 0)?;
    let bits = match &value {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::BigInt(i) => i.bits() as i64,
        Value::Bool(b) => i64::from(*b),
        _ => 0,
    };
    done(Value::Int(bits))
}

fn identity(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("conjugate", 0, 0)?;
    done(value)
}

fn is_integer(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("is_integer", 0, 0)?;
    let result = match value {
        Value::Float(f) => f.is_finite() && f.fract() == 0.0,
        _ => true,
    };
    done(Value::Bool(result))
}

fn range_position(value: &Value, target: &Value) -> Option<i64> {
    let (Value::Range(range), Value::Int(item)) = (value, target) else {
        return None;
    };
    let offset = item.checked_sub(range.start)?;
    if offset % range.step != 0 {
        return None;
    }
    let position = offset / range.step;
    (0..range.len()).contains(&position).then_some(position)
}

fn range_count(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("count", 1, 1)?;
    done(Value::Int(i64::from(
        range_position(&value, &args.positional[0]).is_some(),
    )))
}

fn range_index(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("index", 1, 1)?;
    match range_position(&value, &args.positional[0]) {
        Some(position) => done(Value::Int(position)),
        None => Err(Exc::value_error(format!(
            "{} is not in range",
            vm.repr_native(&args.positional[0])
        ))),
    }
}

/// `object.__init__(self)`: accepts no further arguments.
fn object_init(
    _vm: &mut Vm,
    _value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    if !args.is_empty() {
        return Err(Exc::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    done(Value::None)
}

/// `BaseException.__init__(self, *args)`: records the arguments.
fn exception_init(
    _vm: &mut Vm,
    value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    args.reject_keywords("BaseException.__init__")?;
    if let Value::Instance(instance) = &value {
        if let Some(data) = &instance.exception {
            data.borrow_mut().args = args.positional;
        }
    }
    done(Value::None)
}

fn with_traceback(
    _vm: &mut Vm,
    value: Value,
    _args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    done(value)
}

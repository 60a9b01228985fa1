//! Built-in functions (`print`, `len`, `next`, `sum`, `sorted`, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::BuiltinFunction;
use crate::runtime::arithmetic::{float_divmod, operand, Operand};
use crate::runtime::builtins::types::ExcType;
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::Sink;
use crate::runtime::delivery::{Protocol, Requester};
use crate::runtime::events::Via;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::generators::ResumeAction;
use crate::runtime::limits::memory_error;
use crate::runtime::native::NativeTask;
use crate::runtime::objects::{IterState, SuperObj};
use crate::runtime::repr::GaveUp;
use crate::runtime::stringify::{Purpose, StringifyTask};
use crate::runtime::value::Value;
use crate::runtime::vm::{StackEntry, Vm};
use crate::syntax::ast::BinOp;

macro_rules! builtins {
    ($($name:literal => $function:path),* $(,)?) => {
        pub static FUNCTIONS: &[BuiltinFunction] = &[
            $(BuiltinFunction { name: $name, call: $function }),*
        ];
    };
}

builtins! {
    "print" => print,
    "len" => len,
    "iter" => iter,
    "next" => next,
    "sum" => sum,
    "min" => min,
    "max" => max,
    "sorted" => sorted,
    "any" => any,
    "all" => all,
    "repr" => repr,
    "ascii" => ascii,
    "isinstance" => isinstance,
    "issubclass" => issubclass,
    "abs" => abs,
    "round" => round,
    "divmod" => divmod,
    "pow" => pow,
    "chr" => chr,
    "ord" => ord,
    "hash" => hash,
    "callable" => callable,
    "getattr" => getattr,
    "setattr" => setattr,
    "hasattr" => hasattr,
    "delattr" => delattr,
    "id" => id,
    "hex" => hex,
    "oct" => oct,
    "bin" => bin,
    "format" => format,
    "input" => unsupported,
    "open" => unsupported,
    "globals" => unsupported,
    "locals" => unsupported,
    "vars" => unsupported,
    "dir" => unsupported,
    "eval" => unsupported,
    "exec" => unsupported,
    "compile" => unsupported,
    "__import__" => unsupported,
}

fn value(value: Value) -> PyResult<Called> {
    Ok(Called::Value(value))
}

fn string_option(value: Option<Value>, name: &str, default: &str) -> PyResult<String> {
    match value {
        None | Some(Value::None) => Ok(default.to_owned()),
        Some(Value::Str(text)) => Ok(text.as_str().to_owned()),
        Some(other) => Err(Exc::type_error(format!(
            "{name} must be None or a string, not {}",
            other.qualified_type_name()
        ))),
    }
}

fn print(vm: &mut Vm, mut args: Args, requester: &Requester) -> PyResult<Called> {
    let separator = string_option(args.take_keyword("sep"), "sep", " ")?;
    let end = string_option(args.take_keyword("end"), "end", "\n")?;
    args.take_keyword("flush");
    match args.take_keyword("file") {
        None | Some(Value::None) => {}
        Some(_) => {
            return Err(Exc::not_implemented(
                "print(file=...) is not supported by Yieldscope",
            ))
        }
    }
    args.reject_unexpected_keywords("print")?;
    let mut text = String::new();
    let mut simple = true;
    for (index, item) in args.positional.iter().enumerate() {
        if index > 0 {
            text.push_str(&separator);
        }
        match item {
            Value::Str(s) => text.push_str(s.as_str()),
            Value::Int(i) => text.push_str(&i.to_string()),
            other => match vm.repr_within(other, vm.repr_allowance()) {
                Ok(rendered) if !matches!(other, Value::Instance(_) | Value::BigInt(_)) => {
                    text.push_str(&rendered)
                }
                Err(GaveUp::TooLarge) => return Err(memory_error()),
                _ => {
                    simple = false;
                    break;
                }
            },
        }
    }
    if simple {
        text.push_str(&end);
        vm.write_output(&text);
        return value(Value::None);
    }
    let task = StringifyTask::print(args.positional, separator, end);
    vm.run_native(NativeTask::Stringify(task), requester)
}

fn len(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("len")?;
    args.expect_count("len", 1, 1)?;
    let target = args.positional.into_iter().next().unwrap_or(Value::None);
    let length = match &target {
        Value::Str(text) => text.char_len(),
        Value::List(list) => list.items.borrow().len(),
        Value::Tuple(tuple) => tuple.items.len(),
        Value::Dict(dict) => dict.table.borrow().len(),
        Value::Set(set) => set.table.borrow().len(),
        // Ranges can be longer than a 32-bit usize (WebAssembly).
        Value::Range(range) => return value(Value::Int(range.len())),
        Value::DictView(view) => view.dict.table.borrow().len(),
        Value::Instance(instance) => match instance.class.lookup("__len__") {
            Some(method) => {
                return vm.call_with_protocol(
                    method,
                    Args::positional(vec![target.clone()]),
                    Protocol::Len,
                    requester.clone(),
                )
            }
            None => return Err(no_len(&target)),
        },
        other => return Err(no_len(other)),
    };
    value(Value::Int(length as i64))
}

fn no_len(value: &Value) -> Exc {
    Exc::type_error(format!(
        "object of type '{}' has no len()",
        value.qualified_type_name()
    ))
}

fn iter(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("iter")?;
    args.expect_count("iter", 1, 2)?;
    let mut positional = args.positional.into_iter();
    let target = positional.next().unwrap_or(Value::None);
    match positional.next() {
        None => vm.get_iter_with(target, requester.clone()),
        Some(sentinel) => {
            if !vm.is_callable(&target) {
                return Err(Exc::type_error("iter(v, w): v must be callable"));
            }
            let state = IterState::Callable {
                function: target,
                sentinel,
            };
            value(vm.new_iterator(state))
        }
    }
}

fn next(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("next")?;
    args.expect_count("next", 1, 2)?;
    let mut positional = args.positional.into_iter();
    let iterator = positional.next().unwrap_or(Value::None);
    let default = positional.next();
    if !vm.is_iterator(&iterator) {
        return Err(Exc::type_error(format!(
            "'{}' object is not an iterator",
            iterator.qualified_type_name()
        )));
    }
    let requester = match requester {
        Requester::Push { .. } => Requester::Push { default },
        Requester::NativeCall { .. } => Requester::NativeCall { default },
        other => other.clone(),
    };
    Ok(Called::Then(match iterator {
        Value::Generator(generator) => {
            vm.resume_generator(&generator, ResumeAction::Next, requester, Via::Next)
        }
        other => {
            let iterate_as = match &requester {
                Requester::Push { default } => Requester::Push {
                    default: default.clone(),
                },
                other => other.clone(),
            };
            vm.iterate(other, iterate_as)
        }
    }))
}

fn sum(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    let mut slots = args
        .bind("sum", &["iterable", "start"], 2, 1, 1)?
        .into_iter();
    let iterable = slots.next().flatten().unwrap_or(Value::None);
    let start = slots.next().flatten().unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(Exc::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => {}
        _ => {}
    }
    if let Value::Range(range) = &iterable {
        if let Value::Int(start) = start {
            let count = range.len() as i128;
            let first = range.start as i128;
            let last = first + (count - 1) * range.step as i128;
            let total = start as i128
                + if count > 0 {
                    (first + last) * count / 2
                } else {
                    0
                };
            return value(match i64::try_from(total) {
                Ok(small) => Value::Int(small),
                Err(_) => Value::from_bigint(BigInt::from(total)),
            });
        }
    }
    if !vm.is_iterable(&iterable) {
        return Err(crate::runtime::iteration::not_iterable(&iterable));
    }
    vm.consume_call("sum", iterable, Sink::Sum { total: start }, requester)
}

fn min(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    min_max(vm, args, requester, false)
}

fn max(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    min_max(vm, args, requester, true)
}

fn min_max(vm: &mut Vm, mut args: Args, requester: &Requester, is_max: bool) -> PyResult<Called> {
    let name = if is_max { "max" } else { "min" };
    let key = args.take_keyword("key").filter(|k| !k.is_none());
    let default = args.take_keyword("default");
    args.reject_unexpected_keywords(name)?;
    let iterable = match args.positional.len() {
        0 => {
            return Err(Exc::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => args.positional.pop().unwrap_or(Value::None),
        _ => {
            if default.is_some() {
                return Err(Exc::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            vm.new_tuple(args.positional)
        }
    };
    if !vm.is_iterable(&iterable) {
        return Err(crate::runtime::iteration::not_iterable(&iterable));
    }
    let sink = Sink::MinMax {
        best: None,
        key,
        is_max,
        default,
    };
    vm.consume_call(name, iterable, sink, requester)
}

fn sorted(vm: &mut Vm, mut args: Args, requester: &Requester) -> PyResult<Called> {
    let key = args.take_keyword("key").filter(|k| !k.is_none());
    let reverse = args.take_keyword("reverse");
    args.reject_unexpected_keywords("sort")?;
    if args.positional.len() != 1 {
        return Err(Exc::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.positional.len()
        )));
    }
    let reverse = match reverse {
        Some(flag) => vm.truth_fast(&flag).unwrap_or(true),
        None => false,
    };
    let iterable = args.positional.pop().unwrap_or(Value::None);
    if !vm.is_iterable(&iterable) {
        return Err(crate::runtime::iteration::not_iterable(&iterable));
    }
    let sink = Sink::Sorted {
        items: Vec::new(),
        key,
        reverse,
        in_place: None,
    };
    vm.consume_call("sorted", iterable, sink, requester)
}

fn any(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    any_all(vm, args, requester, true)
}

fn all(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    any_all(vm, args, requester, false)
}

fn any_all(vm: &mut Vm, args: Args, requester: &Requester, want_any: bool) -> PyResult<Called> {
    let name = if want_any { "any" } else { "all" };
    args.reject_keywords(name)?;
    args.expect_count(name, 1, 1)?;
    let iterable = args.positional.into_iter().next().unwrap_or(Value::None);
    if !vm.is_iterable(&iterable) {
        return Err(crate::runtime::iteration::not_iterable(&iterable));
    }
    vm.consume_call(name, iterable, Sink::AnyAll { any: want_any }, requester)
}

fn repr(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("repr")?;
    args.expect_count("repr", 1, 1)?;
    let target = args.positional.into_iter().next().unwrap_or(Value::None);
    vm.stringify(target, true, Purpose::Text, requester)
}

fn ascii(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("ascii", 1, 1)?;
    let target = args.positional.into_iter().next().unwrap_or(Value::None);
    let text = vm.repr_native(&target);
    value(Value::string(to_ascii(&text)))
}

pub fn to_ascii(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let code = c as u32;
        if code < 128 {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}

fn isinstance(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("isinstance")?;
    args.expect_count("isinstance", 2, 2)?;
    let class = vm.types.class_of(&args.positional[0]);
    let result = class_matches(&class, &args.positional[1], "isinstance")?;
    value(Value::Bool(result))
}

fn issubclass(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("issubclass")?;
    args.expect_count("issubclass", 2, 2)?;
    let Value::Class(class) = &args.positional[0] else {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    };
    let result = class_matches(class, &args.positional[1], "issubclass")?;
    value(Value::Bool(result))
}

fn class_matches(
    class: &crate::runtime::objects::ClassObj,
    target: &Value,
    function: &str,
) -> PyResult<bool> {
    match target {
        Value::Class(target) => Ok(class.is_subclass_of(target)),
        Value::Tuple(tuple) => {
            for item in tuple.items.iter() {
                if class_matches(class, item, function)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(Exc::type_error(format!(
            "{function}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn single(args: Args, name: &str) -> PyResult<Value> {
    args.reject_keywords(name)?;
    args.expect_count(name, 1, 1)?;
    Ok(args.positional.into_iter().next().unwrap_or(Value::None))
}

fn abs(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let target = single(args, "abs")?;
    let result = match &target {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::BigInt(i) => Value::from_bigint(i.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => {
            return Err(Exc::type_error(format!(
                "bad operand type for abs(): '{}'",
                other.qualified_type_name()
            )))
        }
    };
    value(result)
}

fn round(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let mut slots = args
        .bind("round", &["number", "ndigits"], 2, 0, 1)?
        .into_iter();
    let number = slots.next().flatten().unwrap_or(Value::None);
    let ndigits = slots.next().flatten().filter(|n| !n.is_none());
    let digits = match &ndigits {
        None => None,
        Some(Value::Int(n)) => Some(*n),
        Some(Value::Bool(b)) => Some(i64::from(*b)),
        Some(other) => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.qualified_type_name()
            )))
        }
    };
    match (&number, digits) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => value(match number {
            Value::Bool(b) => Value::Int(i64::from(b)),
            other => other,
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(digits)) => {
            if digits >= 0 {
                return value(match number {
                    Value::Bool(b) => Value::Int(i64::from(b)),
                    other => other,
                });
            }
            let Some(Operand::Int(n)) = operand(&number) else {
                return value(number);
            };
            let scale = num_traits::pow::Pow::pow(BigInt::from(10), (-digits).min(4000) as u32);
            let (quotient, remainder) = n.div_mod_floor(&scale);
            let twice = &remainder * 2;
            let rounded = if twice > scale || (twice == scale && quotient.is_odd()) {
                quotient + 1
            } else {
                quotient
            };
            value(Value::from_bigint(rounded * scale))
        }
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(Exc::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Exc::overflow("cannot convert float infinity to integer"));
            }
            let rounded = round_half_even(*f);
            value(float_to_int(rounded))
        }
        (Value::Float(f), Some(digits)) => value(Value::Float(round_float_digits(*f, digits))),
        (other, _) => Err(Exc::type_error(format!(
            "type {} doesn't define __round__ method",
            other.qualified_type_name()
        ))),
    }
}

fn round_half_even(f: f64) -> f64 {
    let rounded = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        rounded
    }
}

/// `round(x, n)` for floats: correctly rounded through the shortest
/// decimal representation with `n` digits, like CPython's
/// `double_round`.
fn round_float_digits(f: f64, digits: i64) -> f64 {
    if !f.is_finite() || digits > 330 {
        return f;
    }
    if digits < -330 {
        return 0.0f64.copysign(f);
    }
    if digits >= 0 {
        let text = format!("{:.*}", digits as usize, f);
        return text.parse().unwrap_or(f);
    }
    let scale = 10f64.powi((-digits) as i32);
    let scaled = f / scale;
    round_half_even(scaled) * scale
}

pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::Int(f as i64)
    } else {
        let text = format!("{f:.0}");
        Value::from_bigint(text.parse::<BigInt>().unwrap_or_default())
    }
}

fn divmod(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.reject_keywords("divmod")?;
    args.expect_count("divmod", 2, 2)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    let result = match (operand(a), operand(b)) {
        (Some(Operand::Int(x)), Some(Operand::Int(y))) => {
            if y.is_zero() {
                return Err(Exc::zero_division("integer division or modulo by zero"));
            }
            let (q, r) = x.div_mod_floor(&y);
            vec![Value::from_bigint(q), Value::from_bigint(r)]
        }
        (Some(x), Some(y)) => {
            let x = as_float(x)?;
            let y = as_float(y)?;
            if y == 0.0 {
                return Err(Exc::zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            vec![Value::Float(q), Value::Float(r)]
        }
        _ => {
            return Err(Exc::type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a.qualified_type_name(),
                b.qualified_type_name()
            )))
        }
    };
    value(vm.new_tuple(result))
}

fn as_float(operand: Operand) -> PyResult<f64> {
    match operand {
        Operand::Float(f) => Ok(f),
        Operand::Int(i) => crate::runtime::arithmetic::int_to_float(&i),
    }
}

fn pow(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let mut slots = args
        .bind("pow", &["base", "exp", "mod"], 3, 0, 2)?
        .into_iter();
    let base = slots.next().flatten().unwrap_or(Value::None);
    let exponent = slots.next().flatten().unwrap_or(Value::None);
    let modulus = slots.next().flatten().filter(|m| !m.is_none());
    match modulus {
        None => value(vm.binary_op(BinOp::Pow, base, exponent, false)?),
        Some(modulus) => {
            let (Some(Operand::Int(b)), Some(Operand::Int(e)), Some(Operand::Int(m))) =
                (operand(&base), operand(&exponent), operand(&modulus))
            else {
                return Err(Exc::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(Exc::value_error("pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if e.is_negative() {
                (modular_inverse(&b, &m)?, -e)
            } else {
                (b, e)
            };
            let result = b.modpow(&e, &m);
            let result = if !result.is_zero() && result.is_negative() != m.is_negative() {
                result + &m
            } else {
                result
            };
            value(Value::from_bigint(result))
        }
    }
}

/// `pow(base, -1, modulus)`: the inverse of `base` modulo `modulus`.
fn modular_inverse(base: &BigInt, modulus: &BigInt) -> PyResult<BigInt> {
    let magnitude = modulus.abs();
    let gcd = base.extended_gcd(&magnitude);
    if !gcd.gcd.is_one() {
        return Err(Exc::value_error(
            "base is not invertible for the given modulus",
        ));
    }
    Ok(gcd.x.mod_floor(&magnitude))
}

fn chr(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let code = single(args, "chr")?;
    let code = match code {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b),
        other => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.qualified_type_name()
            )))
        }
    };
    match u32::try_from(code).ok().and_then(char::from_u32) {
        Some(c) => value(Value::string(c.to_string())),
        None => Err(Exc::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let text = single(args, "ord")?;
    match &text {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => value(Value::Int(c as i64)),
                _ => Err(Exc::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        other => Err(Exc::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.qualified_type_name()
        ))),
    }
}

fn hash(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let target = single(args, "hash")?;
    value(Value::Int(vm.hash_value(&target)?))
}

fn callable(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let target = single(args, "callable")?;
    value(Value::Bool(vm.is_callable(&target)))
}

fn attribute_name(value: &Value, function: &str) -> PyResult<Rc<str>> {
    match value {
        Value::Str(text) => Ok(text.as_str().into()),
        other => Err(Exc::type_error(format!(
            "{function}(): attribute name must be string, not '{}'",
            other.qualified_type_name()
        ))),
    }
}

fn getattr(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("getattr", 2, 3)?;
    let name = attribute_name(&args.positional[1], "getattr")?;
    match vm.get_attribute(&args.positional[0], &name) {
        Ok(found) => value(found),
        Err(exc) if args.positional.len() == 3 && vm.exc_is(&exc, ExcType::AttributeError) => {
            value(args.positional[2].clone())
        }
        Err(exc) => Err(exc),
    }
}

fn setattr(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("setattr", 3, 3)?;
    let name = attribute_name(&args.positional[1], "setattr")?;
    vm.set_attribute(&args.positional[0], &name, args.positional[2].clone())?;
    value(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("hasattr", 2, 2)?;
    let name = attribute_name(&args.positional[1], "hasattr")?;
    match vm.get_attribute(&args.positional[0], &name) {
        Ok(_) => value(Value::Bool(true)),
        Err(exc) if vm.exc_is(&exc, ExcType::AttributeError) => value(Value::Bool(false)),
        Err(exc) => Err(exc),
    }
}

fn delattr(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("delattr", 2, 2)?;
    let name = attribute_name(&args.positional[1], "delattr")?;
    vm.delete_attribute(&args.positional[0], &name)?;
    value(Value::None)
}

fn id(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    let target = single(args, "id")?;
    let identity = match target.object_id() {
        Some(id) => 0x7f00_0000_1000 + i64::from(id) * 0x30,
        None => match &target {
            Value::Int(i) => 0x5500_0000_0000 + i.wrapping_mul(32),
            _ => 0x5500_0000_0000,
        },
    };
    value(Value::Int(identity))
}

fn integer_argument(value: &Value) -> PyResult<BigInt> {
    match operand(value) {
        Some(Operand::Int(i)) => Ok(i),
        _ => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            value.qualified_type_name()
        ))),
    }
}

fn radix(args: Args, function: &str, prefix: &str, base: u32) -> PyResult<Called> {
    args.reject_keywords(function)?;
    args.expect_count(function, 1, 1)?;
    let number = integer_argument(&args.positional[0])?;
    let digits = number.abs().to_str_radix(base);
    let sign = if number.is_negative() { "-" } else { "" };
    value(Value::string(format!("{sign}{prefix}{digits}")))
}

fn hex(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    radix(args, "hex", "0x", 16)
}

fn oct(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    radix(args, "oct", "0o", 8)
}

fn bin(_vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    radix(args, "bin", "0b", 2)
}

fn format(vm: &mut Vm, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("format", 1, 2)?;
    let mut positional = args.positional.into_iter();
    let target = positional.next().unwrap_or(Value::None);
    let spec = positional.next();
    vm.format_value(target, 0, spec)
}

fn unsupported(_vm: &mut Vm, _args: Args, _requester: &Requester) -> PyResult<Called> {
    Err(Exc::not_implemented(
        "this built-in function is not supported by Yieldscope",
    ))
}

impl Vm {
    pub fn is_callable(&self, value: &Value) -> bool {
        match value {
            Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::NativeMethod(_)
            | Value::MethodDescriptor(_)
            | Value::Class(_) => true,
            Value::Instance(instance) => instance.class.lookup("__call__").is_some(),
            _ => false,
        }
    }

    /// `str(value)` / `repr(value)` from a built-in's body.
    pub fn stringify(
        &mut self,
        target: Value,
        repr: bool,
        purpose: Purpose,
        requester: &Requester,
    ) -> PyResult<Called> {
        if !matches!(purpose, Purpose::Format(_)) {
            self.check_int_text(&target)?;
            let native = match &target {
                Value::Str(_) if !repr => Ok(self.str_native(&target)),
                Value::Instance(_) if !repr => Err(GaveUp::Deferred),
                other => self.repr_within(other, self.repr_allowance()),
            };
            match native {
                Ok(text) => return Ok(Called::Value(Value::string(text))),
                Err(GaveUp::TooLarge) => return Err(memory_error()),
                Err(GaveUp::Deferred) => {}
            }
        }
        let task = StringifyTask::text(target, repr, purpose);
        self.run_native(NativeTask::Stringify(task), requester)
    }

    /// `super()` in a method: the class whose body defined the method (its
    /// `__class__` cell) and the method's first argument.
    pub fn make_super(&mut self, args: Args) -> PyResult<Value> {
        let (class, receiver) = if args.positional.len() == 2 {
            match &args.positional[0] {
                Value::Class(class) => (class.clone(), args.positional[1].clone()),
                other => {
                    return Err(Exc::type_error(format!(
                        "super() argument 1 must be a type, not {}",
                        other.qualified_type_name()
                    )))
                }
            }
        } else {
            let Some(StackEntry::Python(frame)) = self.stack.last() else {
                return Err(Exc::runtime_error("super(): no arguments"));
            };
            let cell_index = frame
                .code
                .cell_names
                .iter()
                .chain(&frame.code.free_names)
                .position(|name| &**name == "__class__");
            let class = cell_index
                .and_then(|index| frame.cells.get(index))
                .and_then(|cell| cell.value.borrow().clone());
            let Some(Value::Class(class)) = class else {
                return Err(Exc::runtime_error("super(): __class__ cell not found"));
            };
            if frame.code.arg_count == 0 && !frame.code.has_varargs {
                return Err(Exc::runtime_error("super(): no arguments"));
            }
            let receiver = frame.locals.first().cloned().flatten().or_else(|| {
                frame
                    .code
                    .cell_parameters
                    .iter()
                    .position(|p| *p == Some(0))
                    .and_then(|index| frame.cells[index].value.borrow().clone())
            });
            let Some(receiver) = receiver else {
                return Err(Exc::runtime_error("super(): arg[0] deleted"));
            };
            (class, receiver)
        };
        let id = self.alloc_id();
        Ok(Value::Super(Rc::new(SuperObj {
            id,
            class,
            receiver,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_to_even() {
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(3.5), 4.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(2.4), 2.0);
    }

    #[test]
    fn ascii_escapes_like_cpython() {
        assert_eq!(to_ascii("'é'"), "'\\xe9'");
        assert_eq!(to_ascii("'€'"), "'\\u20ac'");
    }

    #[test]
    fn floats_round_through_decimal() {
        assert_eq!(round_float_digits(2.675, 2), 2.67);
        assert_eq!(round_float_digits(0.125, 2), 0.12);
        assert_eq!(round_float_digits(1234.5, -2), 1200.0);
    }
}

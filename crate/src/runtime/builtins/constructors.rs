//! Calling built-in classes: `int("5")`, `list(gen)`, `zip(a, b)`,
//! `ValueError("x")`, ...

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::types::BuiltinType;
use crate::runtime::arithmetic::{operand, Operand};
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::Sink;
use crate::runtime::delivery::{Protocol, Requester};
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::iteration::not_iterable;
use crate::runtime::objects::{ClassObj, IterState};
use crate::runtime::stringify::Purpose;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::text::int_text::{parse_float, parse_int, ParseIntError};

pub fn construct(
    vm: &mut Vm,
    class: &Rc<ClassObj>,
    mut args: Args,
    requester: &Requester,
) -> PyResult<Called> {
    let name: &str = &class.name;
    let result = match class.builtin {
        BuiltinType::Exception(kind) => {
            if !args.keywords.is_empty() {
                return Err(Exc::type_error(format!(
                    "{name}() takes no keyword arguments"
                )));
            }
            vm.new_exception(kind, args.positional)
        }
        BuiltinType::Object => {
            args.reject_keywords("object")?;
            if !args.positional.is_empty() {
                return Err(Exc::type_error("object() takes no arguments"));
            }
            let id = vm.alloc_id();
            Value::Instance(Rc::new(crate::runtime::objects::InstanceObj {
                id,
                class: class.clone(),
                attrs: Default::default(),
                exception: None,
            }))
        }
        BuiltinType::Type => {
            args.reject_keywords("type")?;
            match args.positional.len() {
                1 => Value::Class(vm.types.class_of(&args.positional[0])),
                3 => {
                    return Err(Exc::not_implemented(
                        "type(name, bases, dict) is not supported by Yieldscope",
                    ))
                }
                _ => return Err(Exc::type_error("type() takes 1 or 3 arguments")),
            }
        }
        BuiltinType::Int => return construct_int(args),
        BuiltinType::Float => {
            args.reject_keywords("float")?;
            args.expect_count("float", 0, 1)?;
            match args.positional.first() {
                None => Value::Float(0.0),
                Some(value) => Value::Float(to_float(value)?),
            }
        }
        BuiltinType::Bool => {
            args.reject_keywords("bool")?;
            args.expect_count("bool", 0, 1)?;
            match args.positional.pop() {
                None => Value::Bool(false),
                Some(value) => match vm.truth_fast(&value) {
                    Some(truth) => Value::Bool(truth),
                    None => {
                        let method = vm.truth_method(&value).unwrap_or(Value::None);
                        return vm.call_with_protocol(
                            method,
                            Args::positional(vec![value]),
                            Protocol::Truth { negate: false },
                            requester.clone(),
                        );
                    }
                },
            }
        }
        BuiltinType::Str => {
            let mut slots = args
                .bind("str", &["object", "encoding", "errors"], 3, 0, 0)?
                .into_iter();
            let object = slots.next().flatten();
            if slots.any(|slot| slot.is_some()) {
                return Err(Exc::not_implemented(
                    "str() with an encoding is not supported by Yieldscope (there are no bytes)",
                ));
            }
            match object {
                None => Value::str(""),
                Some(value) => return vm.stringify(value, false, Purpose::Text, requester),
            }
        }
        BuiltinType::List | BuiltinType::Tuple => {
            let tuple = class.builtin == BuiltinType::Tuple;
            let function = if tuple { "tuple" } else { "list" };
            args.reject_keywords(function)?;
            args.expect_count(function, 0, 1)?;
            match args.positional.pop() {
                None => {
                    if tuple {
                        vm.new_tuple(Vec::new())
                    } else {
                        vm.new_list(Vec::new())
                    }
                }
                Some(iterable) => {
                    if !vm.is_iterable(&iterable) {
                        return Err(not_iterable(&iterable));
                    }
                    let sink = Sink::List {
                        items: Vec::new(),
                        tuple,
                    };
                    return vm.consume_call(function, iterable, sink, requester);
                }
            }
        }
        BuiltinType::Set | BuiltinType::FrozenSet => {
            let frozen = class.builtin == BuiltinType::FrozenSet;
            let function = if frozen { "frozenset" } else { "set" };
            args.reject_keywords(function)?;
            args.expect_count(function, 0, 1)?;
            let set = vm.new_set(frozen);
            match args.positional.pop() {
                None => set,
                Some(iterable) => {
                    if !vm.is_iterable(&iterable) {
                        return Err(not_iterable(&iterable));
                    }
                    return vm.consume_call(function, iterable, Sink::Into(set), requester);
                }
            }
        }
        BuiltinType::Dict => {
            args.expect_count("dict", 0, 1)?;
            let dict = vm.new_dict();
            let keywords = std::mem::take(&mut args.keywords);
            let source = args.positional.pop();
            match source {
                Some(source @ Value::Dict(_)) => vm.dict_update_from(&dict, &source, false)?,
                Some(source) if keywords.is_empty() => {
                    return vm.dict_fill(dict, source, requester)
                }
                Some(_) => {
                    return Err(Exc::not_implemented(
                        "dict(iterable, **keywords) is not supported by Yieldscope",
                    ))
                }
                None => {}
            }
            if let Value::Dict(target) = &dict {
                for (key, value) in keywords {
                    vm.dict_set(target, Value::str(&key), value)?;
                }
            }
            dict
        }
        BuiltinType::Range => {
            args.reject_keywords("range")?;
            args.expect_count("range", 1, 3)?;
            let numbers = args
                .positional
                .iter()
                .map(range_argument)
                .collect::<PyResult<Vec<i64>>>()?;
            let (start, stop, step) = match numbers.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => unreachable!("count checked above"),
            };
            if step == 0 {
                return Err(Exc::value_error("range() arg 3 must not be zero"));
            }
            vm.new_range(start, stop, step)
        }
        BuiltinType::Slice => {
            args.expect_count("slice", 1, 3)?;
            let mut parts = args.positional.into_iter();
            let (start, stop, step) = match (parts.next(), parts.next(), parts.next()) {
                (Some(stop), None, None) => (Value::None, stop, Value::None),
                (Some(start), Some(stop), step) => (start, stop, step.unwrap_or(Value::None)),
                _ => (Value::None, Value::None, Value::None),
            };
            vm.new_slice(start, stop, step)
        }
        BuiltinType::Super => Value::Super(match vm.make_super(args)? {
            Value::Super(sup) => sup,
            _ => unreachable!("make_super returns a super object"),
        }),
        BuiltinType::Iterator => return construct_iterator(vm, name, args, requester),
        _ => {
            return Err(Exc::type_error(format!("cannot create '{name}' instances")));
        }
    };
    Ok(Called::Value(result))
}

fn range_argument(value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(Exc::overflow(
            "range() arguments beyond 64 bits are not supported by Yieldscope",
        )),
        other => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.qualified_type_name()
        ))),
    }
}

fn construct_int(args: Args) -> PyResult<Called> {
    let mut slots = args.bind("int", &["x", "base"], 2, 1, 0)?.into_iter();
    let value = slots.next().flatten();
    let base = slots.next().flatten();
    let Some(value) = value else {
        return Ok(Called::Value(Value::Int(0)));
    };
    if let Some(base) = base {
        let base = match base {
            Value::Int(b) => b,
            other => {
                return Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.qualified_type_name()
                )))
            }
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(Exc::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match &value {
            Value::Str(text) => parse_int_text(text.as_str(), base as u32).map(Called::Value),
            _ => Err(Exc::type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    let result = match &value {
        Value::Int(_) | Value::BigInt(_) => value.clone(),
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(Exc::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Exc::overflow("cannot convert float infinity to integer"));
            }
            super::functions::float_to_int(f.trunc())
        }
        Value::Str(text) => parse_int_text(text.as_str(), 10)?,
        other => {
            return Err(Exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.qualified_type_name()
            )))
        }
    };
    Ok(Called::Value(result))
}

fn parse_int_text(text: &str, base: u32) -> PyResult<Value> {
    match parse_int(text, base) {
        Ok(value) => Ok(Value::from_bigint(value)),
        Err(ParseIntError::TooManyDigits { .. }) => Err(Exc::value_error(
            "Exceeds the limit (4300 digits) for integer string conversion: value has more digits; use sys.set_int_max_str_digits() to increase the limit",
        )),
        Err(_) => Err(Exc::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::text::str_methods::str_repr(text)
        ))),
    }
}

fn to_float(value: &Value) -> PyResult<f64> {
    match value {
        Value::Str(text) => parse_float(text.as_str()).ok_or_else(|| {
            Exc::value_error(format!(
                "could not convert string to float: {}",
                crate::text::str_methods::str_repr(text.as_str())
            ))
        }),
        other => match operand(other) {
            Some(Operand::Float(f)) => Ok(f),
            Some(Operand::Int(i)) => i
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Exc::overflow("int too large to convert to float")),
            None => Err(Exc::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                other.qualified_type_name()
            ))),
        },
    }
}

/// `enumerate`, `zip`, `map`, `filter`, `reversed` and the itertools types.
pub fn construct_iterator(
    vm: &mut Vm,
    name: &str,
    mut args: Args,
    requester: &Requester,
) -> PyResult<Called> {
    let positions = iterable_positions(name, args.positional.len());
    if vm.converted_iterators.is_empty()
        && positions
            .clone()
            .any(|index| needs_python_iter(&args.positional[index]))
    {
        let task = ConstructTask {
            name: name.into(),
            args: std::mem::take(&mut args.positional),
            keywords: std::mem::take(&mut args.keywords),
            positions: positions.collect(),
            next: 0,
        };
        return Ok(Called::Then(vm.start_native(
            crate::runtime::native::NativeTask::Construct(task),
            requester.clone(),
        )));
    }
    let state = match name {
        "enumerate" => {
            if args.positional.is_empty() && args.keywords.is_empty() {
                return Err(Exc::type_error(
                    "enumerate() missing required argument 'iterable'",
                ));
            }
            let mut slots = args
                .bind("enumerate", &["iterable", "start"], 2, 0, 1)?
                .into_iter();
            let iterable = slots.next().flatten().unwrap_or(Value::None);
            let count = slots.next().flatten().unwrap_or(Value::Int(0));
            if !matches!(count, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    count.qualified_type_name()
                )));
            }
            let source = vm.iterator_of(iterable)?;
            IterState::Enumerate { source, count }
        }
        "zip" => {
            let strict = args
                .take_keyword("strict")
                .is_some_and(|flag| vm.truth_fast(&flag).unwrap_or(true));
            args.reject_unexpected_keywords("zip")?;
            let mut sources = Vec::new();
            for iterable in args.positional {
                sources.push(vm.iterator_of(iterable)?);
            }
            IterState::Zip {
                sources: sources.into(),
                strict,
            }
        }
        "map" => {
            args.reject_keywords("map")?;
            if args.positional.len() < 2 {
                return Err(Exc::type_error("map() must have at least two arguments."));
            }
            let mut positional = args.positional.into_iter();
            let function = positional.next().unwrap_or(Value::None);
            let sources = positional
                .map(|iterable| vm.iterator_of(iterable))
                .collect::<PyResult<Vec<Value>>>()?;
            IterState::Map {
                function,
                sources: sources.into(),
            }
        }
        "filter" => {
            args.reject_keywords("filter")?;
            args.expect_count("filter", 2, 2)?;
            let mut positional = args.positional.into_iter();
            let predicate = positional.next().unwrap_or(Value::None);
            let source = vm.iterator_of(positional.next().unwrap_or(Value::None))?;
            IterState::Filter { predicate, source }
        }
        "reversed" => {
            args.reject_keywords("reversed")?;
            args.expect_exactly("reversed", 1)?;
            let target = args.positional.pop().unwrap_or(Value::None);
            return vm.reversed(target, requester);
        }
        other => return super::itertools::construct(vm, other, args),
    };
    Ok(Called::Value(vm.new_iterator(state)))
}

impl Vm {
    /// `iter(value)` for a constructor that stores an iterator; callers
    /// convert objects with a Python `__iter__` first (see
    /// [`ConstructTask`]).
    pub fn iterator_of(&mut self, iterable: Value) -> PyResult<Value> {
        if self
            .converted_iterators
            .iter()
            .any(|value| value.is_same(&iterable))
        {
            return Ok(iterable);
        }
        match self.get_iter(iterable)? {
            Called::Value(iterator) => Ok(iterator),
            Called::Then(_) => unreachable!("Python __iter__ methods run before construction"),
        }
    }

    fn reversed(&mut self, target: Value, requester: &Requester) -> PyResult<Called> {
        let state = match &target {
            Value::List(list) => {
                let length = list.items.borrow().len();
                IterState::ListReversed {
                    list: list.clone(),
                    index: length.checked_sub(1),
                }
            }
            Value::Tuple(tuple) => {
                let items: Vec<Value> = tuple.items.iter().rev().cloned().collect();
                let reversed = self.new_list(items);
                let Value::List(list) = reversed else {
                    unreachable!("new_list makes a list")
                };
                IterState::List { list, index: 0 }
            }
            Value::Range(range) => {
                let length = range.len();
                IterState::Range {
                    next: range
                        .start
                        .wrapping_add((length - 1).max(0).wrapping_mul(range.step)),
                    stop: range.start.wrapping_sub(range.step),
                    step: range.step.wrapping_neg(),
                    remaining: length,
                }
            }
            Value::Str(_) => {
                let mut items = self.sequence_items(&target).unwrap_or_default();
                items.reverse();
                let reversed = self.new_list(items);
                let Value::List(list) = reversed else {
                    unreachable!("new_list makes a list")
                };
                IterState::List { list, index: 0 }
            }
            Value::DictView(view) => {
                let mut items = Vec::new();
                let pairs: Vec<(Value, Value)> = view
                    .dict
                    .table
                    .borrow()
                    .iter()
                    .rev()
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect();
                for (key, value) in pairs {
                    items.push(match view.kind {
                        crate::runtime::objects::DictViewKind::Keys => key,
                        crate::runtime::objects::DictViewKind::Values => value,
                        crate::runtime::objects::DictViewKind::Items => {
                            self.new_tuple(vec![key, value])
                        }
                    });
                }
                let reversed = self.new_list(items);
                let Value::List(list) = reversed else {
                    unreachable!("new_list makes a list")
                };
                IterState::List { list, index: 0 }
            }
            Value::Dict(dict) => {
                let keys: Vec<Value> = dict.table.borrow().keys().rev().cloned().collect();
                let reversed = self.new_list(keys);
                let Value::List(list) = reversed else {
                    unreachable!("new_list makes a list")
                };
                IterState::List { list, index: 0 }
            }
            Value::Instance(instance) => {
                if let Some(method) = instance.class.lookup("__reversed__") {
                    return self.call_value(method, Args::positional(vec![target.clone()]));
                }
                let (Some(length), Some(_)) = (
                    instance.class.lookup("__len__"),
                    instance.class.lookup("__getitem__"),
                ) else {
                    return Err(Exc::type_error(format!(
                        "'{}' object is not reversible",
                        instance.class.name
                    )));
                };
                // `reversed` asks for the length first: a call to Python.
                let task = ReversedTask {
                    target: target.clone(),
                    length: Some(length),
                };
                return Ok(Called::Then(self.start_native(
                    crate::runtime::native::NativeTask::Reversed(task),
                    requester.clone(),
                )));
            }
            other => {
                return Err(Exc::type_error(format!(
                    "'{}' object is not reversible",
                    other.qualified_type_name()
                )))
            }
        };
        Ok(Called::Value(self.new_iterator(state)))
    }

    /// `dict(source)`: a mapping's items, or an iterable of pairs.
    pub fn dict_fill(
        &mut self,
        dict: Value,
        source: Value,
        requester: &Requester,
    ) -> PyResult<Called> {
        if matches!(source, Value::Dict(_)) {
            self.dict_update_from(&dict, &source, false)?;
            return Ok(Called::Value(dict));
        }
        if !self.is_iterable(&source) {
            return Err(not_iterable(&source));
        }
        self.consume_call(
            "dict",
            source,
            Sink::DictPairs { dict, index: 0 },
            requester,
        )
    }
}

/// Which positional arguments of an iterator constructor are iterables.
fn iterable_positions(name: &str, count: usize) -> std::ops::Range<usize> {
    match name {
        "enumerate" | "islice" | "cycle" | "accumulate" | "reversed" => 0..count.min(1),
        "map" | "filter" | "takewhile" | "dropwhile" => count.min(1)..count,
        "zip" | "chain" | "zip_longest" | "from_iterable" => 0..count,
        _ => 0..0,
    }
}

/// Objects whose `__iter__` is Python code, which must run (as a frame)
/// before the built-in can store the iterator it returns.
fn needs_python_iter(value: &Value) -> bool {
    matches!(value, Value::Instance(instance)
        if matches!(instance.class.lookup("__iter__"), Some(Value::Function(_))))
}

/// Construction of an iterator adapter whose arguments include objects with
/// a Python `__iter__`: each is converted with `iter()` first, in order, as
/// CPython does inside the constructor.
pub struct ConstructTask {
    pub(crate) name: Rc<str>,
    pub(crate) args: Vec<Value>,
    pub(crate) keywords: Vec<(Rc<str>, Value)>,
    pub(crate) positions: Vec<usize>,
    pub(crate) next: usize,
}

impl ConstructTask {
    pub fn name(&self) -> &'static str {
        "iter"
    }

    pub fn step(
        &mut self,
        vm: &mut Vm,
        input: crate::runtime::delivery::Outcome,
    ) -> crate::runtime::native::Step {
        use crate::runtime::delivery::Outcome;
        use crate::runtime::native::Step;
        match input {
            Outcome::Error(exception) => return Step::Complete(Outcome::Error(exception)),
            Outcome::Value(iterator) if self.next > 0 => {
                self.args[self.positions[self.next - 1]] = iterator;
            }
            _ => {}
        }
        while self.next < self.positions.len() {
            let index = self.positions[self.next];
            self.next += 1;
            if needs_python_iter(&self.args[index]) {
                return Step::Iter(self.args[index].clone());
            }
        }
        // What `__iter__` returned is used as is, as CPython does.
        vm.converted_iterators = self
            .positions
            .iter()
            .map(|&index| self.args[index].clone())
            .collect();
        let args = Args {
            positional: std::mem::take(&mut self.args),
            keywords: std::mem::take(&mut self.keywords),
        };
        let requester = Requester::Push { default: None };
        let result = construct_iterator(vm, &self.name.clone(), args, &requester);
        vm.converted_iterators.clear();
        match result {
            Ok(Called::Value(value)) => Step::Complete(Outcome::Value(value)),
            Ok(Called::Then(_)) => unreachable!("every iterable argument is converted"),
            Err(exc) => Step::Complete(Outcome::Error(vm.materialize_fresh(exc))),
        }
    }
}

/// `reversed(obj)` for an object with Python `__len__`/`__getitem__`:
/// the length comes from a call, then the iterator counts down from it.
pub struct ReversedTask {
    pub(crate) target: Value,
    pub(crate) length: Option<Value>,
}

impl ReversedTask {
    pub fn step(
        &mut self,
        vm: &mut Vm,
        input: crate::runtime::delivery::Outcome,
    ) -> crate::runtime::native::Step {
        use crate::runtime::delivery::{Outcome, Protocol};
        use crate::runtime::native::Step;
        match (self.length.take(), input) {
            (_, Outcome::Error(exception)) => Step::Complete(Outcome::Error(exception)),
            (Some(length), _) => Step::CallProtocol(
                length,
                Args::positional(vec![self.target.clone()]),
                Protocol::Len,
            ),
            (None, Outcome::Value(Value::Int(length))) => {
                let state = IterState::Sequence {
                    target: self.target.clone(),
                    index: length - 1,
                    reversed: true,
                };
                Step::Complete(Outcome::Value(vm.new_iterator(state)))
            }
            (None, _) => Step::Complete(Outcome::Value(Value::None)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_text_errors_quote_like_repr() {
        let error = to_float(&Value::str("abc")).err().map(|e| format!("{e:?}"));
        assert!(error.is_some_and(|e| e.contains("could not convert")));
        assert_eq!(to_float(&Value::Int(3)).ok(), Some(3.0));
    }
}

//! `list` methods.

use std::rc::Rc;

use super::method_table;
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::Sink;
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::ListObj;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

method_table!(LIST_METHODS, "list", {
    "append" => append,
    "extend" => extend,
    "insert" => insert,
    "pop" => pop,
    "remove" => remove,
    "index" => index,
    "count" => count,
    "sort" => sort,
    "reverse" => reverse,
    "copy" => copy,
    "clear" => clear,
});

fn receiver(value: &Value, method: &str) -> PyResult<Rc<ListObj>> {
    match value {
        Value::List(list) => Ok(list.clone()),
        other => Err(Exc::type_error(format!(
            "descriptor '{method}' for 'list' objects doesn't apply to a '{}' object",
            other.qualified_type_name()
        ))),
    }
}

fn none() -> PyResult<Called> {
    Ok(Called::Value(Value::None))
}

pub fn index_argument(value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(Exc::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        other => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.qualified_type_name()
        ))),
    }
}

fn append(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "append")?;
    args.reject_keywords("list.append")?;
    args.expect_count("list.append", 1, 1)?;
    list.items.borrow_mut().extend(args.positional);
    none()
}

fn extend(vm: &mut Vm, value: Value, args: Args, requester: &Requester) -> PyResult<Called> {
    receiver(&value, "extend")?;
    args.reject_keywords("list.extend")?;
    args.expect_count("list.extend", 1, 1)?;
    let iterable = args.positional.into_iter().next().unwrap_or(Value::None);
    if let Some(items) = vm.sequence_items(&iterable) {
        if let Value::List(list) = &value {
            list.items.borrow_mut().extend(items);
        }
        return none();
    }
    if !vm.is_iterable(&iterable) {
        return Err(crate::runtime::iteration::not_iterable(&iterable));
    }
    vm.consume_for_method("extend", iterable, Sink::Into(value), requester)
}

fn insert(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "insert")?;
    args.expect_count("insert", 2, 2)?;
    let mut items = list.items.borrow_mut();
    let length = items.len() as i64;
    let position = index_argument(&args.positional[0])?;
    let position = if position < 0 {
        (position + length).max(0)
    } else {
        position.min(length)
    };
    items.insert(position as usize, args.positional[1].clone());
    drop(items);
    none()
}

fn pop(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "pop")?;
    args.expect_count("pop", 0, 1)?;
    let mut items = list.items.borrow_mut();
    if items.is_empty() {
        return Err(Exc::index_error("pop from empty list"));
    }
    let length = items.len() as i64;
    let position = match args.positional.first() {
        None => length - 1,
        Some(index) => {
            let index = index_argument(index)?;
            if index < 0 {
                index + length
            } else {
                index
            }
        }
    };
    if position < 0 || position >= length {
        return Err(Exc::index_error("pop index out of range"));
    }
    let removed = items.remove(position as usize);
    Ok(Called::Value(removed))
}

fn remove(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "remove")?;
    args.expect_count("list.remove", 1, 1)?;
    let target = &args.positional[0];
    let position = position_of(vm, &list.items.borrow(), 0..usize::MAX, target)?;
    match position {
        Some(position) => {
            let removed = list.items.borrow_mut().remove(position);
            drop(removed);
            none()
        }
        None => Err(Exc::value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "index")?;
    args.expect_count("index", 1, 3)?;
    let items = list.items.borrow();
    let length = items.len() as i64;
    let bound = |position: Option<&Value>, default: i64| -> PyResult<usize> {
        let raw = match position {
            None => default,
            Some(value) => index_argument(value)?,
        };
        let adjusted = if raw < 0 {
            (raw + length).max(0)
        } else {
            raw.min(length)
        };
        Ok(adjusted as usize)
    };
    let start = bound(args.positional.get(1), 0)?;
    let stop = bound(args.positional.get(2), length)?;
    let target = &args.positional[0];
    let found = position_of(vm, &items, start..stop, target)?;
    match found {
        Some(position) => Ok(Called::Value(Value::Int(position as i64))),
        None => Err(Exc::value_error(format!(
            "{} is not in list",
            vm.repr_native(target)
        ))),
    }
}

fn count(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "count")?;
    args.expect_count("list.count", 1, 1)?;
    let target = &args.positional[0];
    let total = count_of(vm, &list.items.borrow(), target)?;
    Ok(Called::Value(Value::Int(total as i64)))
}

fn sort(vm: &mut Vm, value: Value, mut args: Args, requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "sort")?;
    let key = args.take_keyword("key").filter(|k| !k.is_none());
    let reverse = args
        .take_keyword("reverse")
        .is_some_and(|flag| vm.truth_fast(&flag).unwrap_or(true));
    args.reject_unexpected_keywords("sort")?;
    if !args.positional.is_empty() {
        return Err(Exc::type_error("sort() takes no positional arguments"));
    }
    // CPython sorts the items out of the list, which looks empty meanwhile.
    let items = std::mem::take(&mut *list.items.borrow_mut());
    let snapshot = vm.new_list(items);
    let sink = Sink::Sorted {
        items: Vec::new(),
        key,
        reverse,
        in_place: Some(value.clone()),
    };
    vm.consume_call("sort", snapshot, sink, requester)
}

fn reverse(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "reverse")?;
    args.expect_count("reverse", 0, 0)?;
    list.items.borrow_mut().reverse();
    none()
}

fn copy(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "copy")?;
    args.expect_count("copy", 0, 0)?;
    let items = list.items.borrow().clone();
    Ok(Called::Value(vm.new_list(items)))
}

fn clear(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let list = receiver(&value, "clear")?;
    args.expect_count("clear", 0, 0)?;
    let old = std::mem::take(&mut *list.items.borrow_mut());
    drop(old);
    none()
}

/// The first index in `range` whose item is `target` or equal to it.
pub(crate) fn position_of(
    vm: &Vm,
    items: &[Value],
    range: std::ops::Range<usize>,
    target: &Value,
) -> PyResult<Option<usize>> {
    let candidates = items.iter().enumerate().take(range.end).skip(range.start);
    for (index, item) in candidates {
        if item.is_same(target) || vm.values_equal_checked(item, target)? {
            return Ok(Some(index));
        }
    }
    Ok(None)
}

/// How many items are `target` or equal to it.
pub(crate) fn count_of(vm: &Vm, items: &[Value], target: &Value) -> PyResult<usize> {
    let mut total = 0;
    for item in items {
        if item.is_same(target) || vm.values_equal_checked(item, target)? {
            total += 1;
        }
    }
    Ok(total)
}

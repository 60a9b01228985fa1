//! `set` and `frozenset` methods.

use std::rc::Rc;

use super::method_table;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::SetObj;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

method_table!(SET_METHODS, "set", {
    "add" => add,
    "remove" => remove,
    "discard" => discard,
    "pop" => pop,
    "clear" => clear,
    "copy" => copy,
    "union" => union,
    "intersection" => intersection,
    "difference" => difference,
    "symmetric_difference" => symmetric_difference,
    "update" => update,
    "intersection_update" => intersection_update,
    "difference_update" => difference_update,
    "symmetric_difference_update" => symmetric_difference_update,
    "issubset" => issubset,
    "issuperset" => issuperset,
    "isdisjoint" => isdisjoint,
});

method_table!(FROZENSET_METHODS, "frozenset", {
    "copy" => copy,
    "union" => union,
    "intersection" => intersection,
    "difference" => difference,
    "symmetric_difference" => symmetric_difference,
    "issubset" => issubset,
    "issuperset" => issuperset,
    "isdisjoint" => isdisjoint,
});

fn receiver(value: &Value, method: &str) -> PyResult<Rc<SetObj>> {
    match value {
        Value::Set(set) => Ok(set.clone()),
        other => Err(Exc::type_error(format!(
            "descriptor '{method}' for 'set' objects doesn't apply to a '{}' object",
            other.qualified_type_name()
        ))),
    }
}

fn done(value: Value) -> PyResult<Called> {
    Ok(Called::Value(value))
}

/// A set holding the items of `iterable` (sets pass through), for the
/// methods that accept any iterable.
fn as_set(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    if let Value::Set(_) = iterable {
        return Ok(iterable.clone());
    }
    let items = match iterable {
        Value::Dict(dict) => dict.table.borrow().keys().cloned().collect(),
        Value::DictView(view) => view.dict.table.borrow().keys().cloned().collect(),
        other => match vm.sequence_items(other) {
            Some(items) => items,
            None if vm.is_iterable(other) => {
                return Err(Exc::not_implemented(
                    "set methods over iterators are not supported by Yieldscope; convert with set() first",
                ))
            }
            None => {
                return Err(Exc::type_error(format!(
                    "'{}' object is not iterable",
                    other.qualified_type_name()
                )))
            }
        },
    };
    vm.new_set_from(items)
}

fn add(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    receiver(&value, "add")?;
    args.expect_count("set.add", 1, 1)?;
    vm.set_add(&value, args.positional[0].clone())?;
    done(Value::None)
}

fn remove(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let set = receiver(&value, "remove")?;
    args.expect_count("set.remove", 1, 1)?;
    match vm.set_remove(&set, &args.positional[0])? {
        Some(_) => done(Value::None),
        None => Err(Exc::key_error(args.positional[0].clone())),
    }
}

fn discard(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let set = receiver(&value, "discard")?;
    args.expect_count("set.discard", 1, 1)?;
    vm.set_remove(&set, &args.positional[0])?;
    done(Value::None)
}

fn pop(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let set = receiver(&value, "pop")?;
    args.expect_count("pop", 0, 0)?;
    let popped = set.table.borrow_mut().pop();
    match popped {
        Some((_, item)) => done(item),
        None => Err(Exc::key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let set = receiver(&value, "clear")?;
    args.expect_count("clear", 0, 0)?;
    set.table.borrow_mut().clear();
    done(Value::None)
}

fn copy(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let set = receiver(&value, "copy")?;
    args.expect_count("copy", 0, 0)?;
    done(vm.set_copy(&set, set.frozen))
}

/// `a.union(b, c)` and friends: the operator applied to each argument in
/// turn.
fn combine(vm: &mut Vm, value: Value, args: Args, method: &str, op: BinOp) -> PyResult<Value> {
    let set = receiver(&value, method)?;
    args.reject_keywords(method)?;
    let mut result = vm.set_copy(&set, set.frozen);
    for other in &args.positional {
        let other = as_set(vm, other)?;
        result = vm.set_operator(op, &result, &other, false)?;
    }
    Ok(result)
}

fn union(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    done(combine(vm, value, args, "union", BinOp::BitOr)?)
}

fn intersection(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    done(combine(vm, value, args, "intersection", BinOp::BitAnd)?)
}

fn difference(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    done(combine(vm, value, args, "difference", BinOp::Sub)?)
}

fn symmetric_difference(
    vm: &mut Vm,
    value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    args.expect_count("symmetric_difference", 1, 1)?;
    done(combine(
        vm,
        value,
        args,
        "symmetric_difference",
        BinOp::BitXor,
    )?)
}

fn update_with(vm: &mut Vm, value: Value, args: Args, method: &str, op: BinOp) -> PyResult<Called> {
    let set = receiver(&value, method)?;
    let combined = combine(vm, value, args, method, op)?;
    if let Value::Set(combined) = combined {
        let table = std::mem::take(&mut *combined.table.borrow_mut());
        *set.table.borrow_mut() = table;
    }
    done(Value::None)
}

fn update(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    update_with(vm, value, args, "update", BinOp::BitOr)
}

fn intersection_update(
    vm: &mut Vm,
    value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    update_with(vm, value, args, "intersection_update", BinOp::BitAnd)
}

fn difference_update(
    vm: &mut Vm,
    value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    update_with(vm, value, args, "difference_update", BinOp::Sub)
}

fn symmetric_difference_update(
    vm: &mut Vm,
    value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    update_with(
        vm,
        value,
        args,
        "symmetric_difference_update",
        BinOp::BitXor,
    )
}

fn relation(vm: &mut Vm, value: Value, args: Args, method: &str) -> PyResult<(Value, Value)> {
    receiver(&value, method)?;
    args.expect_count(method, 1, 1)?;
    let other = as_set(vm, &args.positional[0])?;
    Ok((value, other))
}

fn issubset(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let (this, other) = relation(vm, value, args, "issubset")?;
    let ordering = vm.compare_order(&this, &other, "<=")?;
    done(Value::Bool(matches!(
        ordering,
        Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
    )))
}

fn issuperset(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let (this, other) = relation(vm, value, args, "issuperset")?;
    let ordering = vm.compare_order(&this, &other, ">=")?;
    done(Value::Bool(matches!(
        ordering,
        Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)
    )))
}

fn isdisjoint(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let (this, other) = relation(vm, value, args, "isdisjoint")?;
    let common = vm.set_operator(BinOp::BitAnd, &this, &other, false)?;
    done(Value::Bool(!vm.truth_fast(&common).unwrap_or(true)))
}

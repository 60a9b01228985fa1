//! `dict` methods.

use std::rc::Rc;

use super::method_table;
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::Sink;
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::{DictObj, DictViewKind, DictViewObj};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

method_table!(DICT_METHODS, "dict", {
    "get" => get,
    "keys" => keys,
    "values" => values,
    "items" => items,
    "pop" => pop,
    "popitem" => popitem,
    "setdefault" => setdefault,
    "update" => update,
    "copy" => copy,
    "clear" => clear,
    "fromkeys" => fromkeys,
});

fn receiver(value: &Value, method: &str) -> PyResult<Rc<DictObj>> {
    match value {
        Value::Dict(dict) => Ok(dict.clone()),
        other => Err(Exc::type_error(format!(
            "descriptor '{method}' for 'dict' objects doesn't apply to a '{}' object",
            other.qualified_type_name()
        ))),
    }
}

fn done(value: Value) -> PyResult<Called> {
    Ok(Called::Value(value))
}

fn get(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "get")?;
    args.reject_keywords("get")?;
    args.expect_count("get", 1, 2)?;
    let found = vm.dict_get(&dict, &args.positional[0])?;
    done(found.unwrap_or_else(|| args.positional.get(1).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, value: Value, args: Args, kind: DictViewKind) -> PyResult<Called> {
    let dict = receiver(&value, kind.type_name())?;
    args.expect_count(kind.type_name(), 0, 0)?;
    let id = vm.alloc_id();
    done(Value::DictView(Rc::new(DictViewObj { id, dict, kind })))
}

fn keys(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    view(vm, value, args, DictViewKind::Keys)
}

fn values(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    view(vm, value, args, DictViewKind::Values)
}

fn items(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    view(vm, value, args, DictViewKind::Items)
}

fn pop(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "pop")?;
    args.expect_count("pop", 1, 2)?;
    match vm.dict_remove(&dict, &args.positional[0])? {
        Some(removed) => done(removed),
        None => match args.positional.get(1) {
            Some(default) => done(default.clone()),
            None => Err(Exc::key_error(args.positional[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "popitem")?;
    args.expect_count("popitem", 0, 0)?;
    let last = dict.table.borrow_mut().pop_last();
    match last {
        Some((key, item)) => done(vm.new_tuple(vec![key, item])),
        None => Err(Exc::key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "setdefault")?;
    args.expect_count("setdefault", 1, 2)?;
    if let Some(found) = vm.dict_get(&dict, &args.positional[0])? {
        return done(found);
    }
    let default = args.positional.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(&dict, args.positional[0].clone(), default.clone())?;
    done(default)
}

fn update(vm: &mut Vm, value: Value, mut args: Args, requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "update")?;
    args.expect_count("update", 0, 1)?;
    let keywords = std::mem::take(&mut args.keywords);
    let source = args.positional.pop();
    let result = match source {
        None => Called::Value(Value::None),
        Some(source @ Value::Dict(_)) => {
            vm.dict_update_from(&value, &source, false)?;
            Called::Value(Value::None)
        }
        Some(source) => {
            if !vm.is_iterable(&source) {
                return Err(Exc::type_error(format!(
                    "'{}' object is not iterable",
                    source.qualified_type_name()
                )));
            }
            if !keywords.is_empty() {
                return Err(Exc::not_implemented(
                    "dict.update(iterable, **keywords) is not supported by Yieldscope",
                ));
            }
            return vm.consume_for_method(
                "update",
                source,
                Sink::DictPairs {
                    dict: value,
                    index: 0,
                },
                requester,
            );
        }
    };
    for (key, item) in keywords {
        vm.dict_set(&dict, Value::str(&key), item)?;
    }
    Ok(result)
}

fn copy(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "copy")?;
    args.expect_count("copy", 0, 0)?;
    done(vm.dict_copy(&dict))
}

fn clear(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let dict = receiver(&value, "clear")?;
    args.expect_count("clear", 0, 0)?;
    let old = std::mem::take(&mut *dict.table.borrow_mut());
    drop(old);
    done(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`, called on the class: the
/// iterable arrives as the receiver.
fn fromkeys(vm: &mut Vm, iterable: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("fromkeys", 0, 1)?;
    let fill = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(keys) = vm.sequence_items(&iterable).or_else(|| match &iterable {
        Value::Dict(dict) => Some(dict.table.borrow().keys().cloned().collect()),
        Value::Set(set) => Some(set.table.borrow().iter().cloned().collect()),
        _ => None,
    }) else {
        return Err(Exc::not_implemented(
            "dict.fromkeys() over this iterable is not supported by Yieldscope",
        ));
    };
    let dict = vm.new_dict();
    if let Value::Dict(table) = &dict {
        for key in keys {
            vm.dict_set(table, key, fill.clone())?;
        }
    }
    done(dict)
}

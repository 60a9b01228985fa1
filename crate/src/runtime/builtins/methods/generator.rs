//! The generator protocol's methods — `send`, `throw`, `close`,
//! `__next__` — and `__next__`/`__iter__` of built-in iterators.

use std::rc::Rc;

use super::method_table;
use crate::runtime::builtins::types::ExcType;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::Requester;
use crate::runtime::events::Via;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::generators::ResumeAction;
use crate::runtime::objects::GeneratorObj;
use crate::runtime::unwind::is_exception_instance;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

method_table!(GENERATOR_METHODS, "generator", {
    "send" => send,
    "throw" => throw,
    "close" => close,
    "__next__" => next,
    "__iter__" => iter,
});

method_table!(ITERATOR_METHODS, "iterator", {
    "__next__" => iterator_next,
    "__iter__" => iter,
});

fn receiver(value: &Value, method: &str) -> PyResult<Rc<GeneratorObj>> {
    match value {
        Value::Generator(generator) => Ok(generator.clone()),
        other => Err(Exc::type_error(format!(
            "descriptor '{method}' for 'generator' objects doesn't apply to a '{}' object",
            other.qualified_type_name()
        ))),
    }
}

/// Who gets the result of a protocol call made by `requester`.
fn item_requester(requester: &Requester) -> Requester {
    match requester {
        Requester::NativeCall { .. } => Requester::NativeCall { default: None },
        _ => Requester::Push { default: None },
    }
}

fn send(vm: &mut Vm, value: Value, args: Args, requester: &Requester) -> PyResult<Called> {
    let generator = receiver(&value, "send")?;
    args.reject_keywords("send")?;
    args.expect_count("send", 1, 1)?;
    let sent = args.positional.into_iter().next().unwrap_or(Value::None);
    let activity = vm.resume_generator(
        &generator,
        ResumeAction::Send(sent),
        item_requester(requester),
        Via::Send,
    );
    Ok(Called::Then(activity))
}

fn next(vm: &mut Vm, value: Value, args: Args, requester: &Requester) -> PyResult<Called> {
    let generator = receiver(&value, "__next__")?;
    args.expect_count("__next__", 0, 0)?;
    let activity = vm.resume_generator(
        &generator,
        ResumeAction::Next,
        item_requester(requester),
        Via::Next,
    );
    Ok(Called::Then(activity))
}

/// `throw(exception)`, `throw(type)`, or the 3.11 `throw(type, value)`.
fn throw(vm: &mut Vm, value: Value, args: Args, requester: &Requester) -> PyResult<Called> {
    let generator = receiver(&value, "throw")?;
    args.reject_keywords("throw")?;
    args.expect_count("throw", 1, 3)?;
    let mut positional = args.positional.into_iter();
    let thrown = positional.next().unwrap_or(Value::None);
    let thrown_type = thrown.qualified_type_name().to_string();
    let detail = positional.next().filter(|v| !v.is_none());
    let exception = match thrown {
        Value::Class(class) if class.is_exception() => {
            let arguments = match detail {
                None => Vec::new(),
                Some(detail) if is_exception_instance(&detail) => {
                    return resume_with(vm, &generator, detail, requester);
                }
                Some(Value::Tuple(tuple)) => tuple.items.to_vec(),
                Some(detail) => vec![detail],
            };
            if class.is_builtin {
                vm.instantiate_exception(class, arguments)
            } else if matches!(class.lookup("__init__"), Some(Value::Function(_))) {
                return Err(Exc::not_implemented(
                    "throw() with an exception class whose __init__ is Python code is not supported by Yieldscope; throw an instance instead",
                ));
            } else {
                vm.instantiate_exception(class, arguments)
            }
        }
        instance if is_exception_instance(&instance) => {
            if detail.is_some() {
                return Err(Exc::type_error(
                    "instance exception may not have a separate value",
                ));
            }
            instance
        }
        _ => {
            return Err(Exc::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {thrown_type}"
            )))
        }
    };
    resume_with(vm, &generator, exception, requester)
}

fn resume_with(
    vm: &mut Vm,
    generator: &Rc<GeneratorObj>,
    exception: Value,
    requester: &Requester,
) -> PyResult<Called> {
    let activity = vm.resume_generator(
        generator,
        ResumeAction::Throw(exception),
        item_requester(requester),
        Via::Throw,
    );
    Ok(Called::Then(activity))
}

fn close(vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    let generator = receiver(&value, "close")?;
    args.expect_count("close", 0, 0)?;
    let activity = vm.resume_generator(
        &generator,
        ResumeAction::Close,
        Requester::Close,
        Via::Close,
    );
    Ok(Called::Then(activity))
}

fn iter(_vm: &mut Vm, value: Value, args: Args, _requester: &Requester) -> PyResult<Called> {
    args.expect_count("__iter__", 0, 0)?;
    Ok(Called::Value(value))
}

fn iterator_next(vm: &mut Vm, value: Value, args: Args, requester: &Requester) -> PyResult<Called> {
    args.expect_count("__next__", 0, 0)?;
    if !matches!(value, Value::Iterator(_)) {
        return Err(Exc::new(
            ExcType::TypeError,
            "descriptor '__next__' requires an iterator",
        ));
    }
    Ok(Called::Then(vm.iterate(value, item_requester(requester))))
}

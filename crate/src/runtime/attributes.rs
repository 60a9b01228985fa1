//! Attribute access: instance and class attributes along the MRO, methods
//! of built-in types, `super()`, and the special attributes programs read
//! (`__name__`, `StopIteration.value`, `e.args`, ...).

use std::rc::Rc;

use crate::runtime::builtins::itertools::FROM_ITERABLE;
use crate::runtime::builtins::method_for;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::{
    builtin_type_module, find_attribute, remove_attribute, set_attribute, BoundMethodObj, ClassObj,
    GenState, NativeMethodObj,
};
use crate::runtime::suggestions::suggest;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    pub fn get_attribute(&mut self, object: &Value, name: &Rc<str>) -> PyResult<Value> {
        if let Some(value) = self.special_attribute(object, name) {
            return Ok(value);
        }
        match object {
            Value::Instance(instance) => {
                if let Some(value) = find_attribute(&instance.attrs.borrow(), name) {
                    return Ok(value);
                }
                if let Some(value) = instance.class.lookup(name) {
                    return Ok(self.bind(value, object));
                }
                if let Some(method) = self.builtin_ancestor_method(&instance.class, name) {
                    return Ok(self.bind_native(method, object));
                }
                Err(self.attribute_error(object, name))
            }
            Value::Class(class) => {
                if let Some(value) = class.lookup(name) {
                    return Ok(value);
                }
                if class.is_builtin {
                    if &*class.name == "chain" && &**name == "from_iterable" {
                        return Ok(Value::Builtin(&FROM_ITERABLE));
                    }
                    if let Some(method) =
                        crate::runtime::builtins::methods::method_of_class(class.builtin, name)
                    {
                        return Ok(Value::MethodDescriptor(method));
                    }
                }
                Err(self.attribute_error(object, name))
            }
            Value::Module(module) => find_attribute(&module.attrs, name).ok_or_else(|| {
                Exc::attribute_error(format!(
                    "module '{}' has no attribute '{name}'",
                    module.name
                ))
            }),
            Value::Function(function) => find_attribute(&function.attrs.borrow(), name)
                .ok_or_else(|| self.attribute_error(object, name)),
            Value::Super(sup) => match self.super_lookup(&sup.class, &sup.receiver, name) {
                Some(value) => Ok(value),
                None => Err(Exc::attribute_error(format!(
                    "'super' object has no attribute '{name}'"
                ))),
            },
            other => match method_for(other, name) {
                Some(method) => Ok(self.bind_native(method, other)),
                None => Err(self.attribute_error(other, name)),
            },
        }
    }

    /// `LoadMethod`: the callable and receiver to call it with, without
    /// allocating a bound method in the common cases.
    pub fn load_method(&mut self, object: Value, name: &Rc<str>) -> PyResult<(Value, Value)> {
        match &object {
            Value::Instance(instance)
                if find_attribute(&instance.attrs.borrow(), name).is_none() =>
            {
                if let Some(value @ Value::Function(_)) = instance.class.lookup(name) {
                    return Ok((value, object));
                }
            }
            Value::Str(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Tuple(_)
            | Value::Generator(_)
            | Value::Int(_)
            | Value::Float(_) => {
                if let Some(method) = method_for(&object, name) {
                    return Ok((Value::MethodDescriptor(method), object));
                }
            }
            Value::Super(sup) => {
                if let Some(value) = self.super_lookup_raw(&sup.class, &sup.receiver, name) {
                    return Ok(match value {
                        Value::Function(_) | Value::MethodDescriptor(_) => {
                            (value, sup.receiver.clone())
                        }
                        other => (other, Value::Null),
                    });
                }
            }
            _ => {}
        }
        let attribute = self.get_attribute(&object, name)?;
        Ok((attribute, Value::Null))
    }

    /// A callable `name` of `object` bound to it, if it has one (used for
    /// `throw`/`close`/`send` of `yield from` delegates).
    pub fn lookup_method_value(&mut self, object: &Value, name: &str) -> Option<Value> {
        let name: Rc<str> = name.into();
        match object {
            Value::Instance(instance) => instance
                .class
                .lookup(&name)
                .map(|method| self.bind(method, object)),
            other => method_for(other, &name).map(|method| self.bind_native(method, other)),
        }
    }

    fn bind(&mut self, value: Value, receiver: &Value) -> Value {
        match value {
            Value::Function(_) => {
                let id = self.alloc_id();
                Value::BoundMethod(Rc::new(BoundMethodObj {
                    id,
                    function: value,
                    receiver: receiver.clone(),
                }))
            }
            Value::MethodDescriptor(method) => self.bind_native(method, receiver),
            other => other,
        }
    }

    fn bind_native(
        &mut self,
        method: &'static crate::runtime::builtins::BuiltinMethod,
        receiver: &Value,
    ) -> Value {
        let id = self.alloc_id();
        Value::NativeMethod(Rc::new(NativeMethodObj {
            id,
            method,
            receiver: receiver.clone(),
        }))
    }

    /// A method of the built-in class a user class derives from
    /// (`Exception.__init__`, `object.__init__`).
    fn builtin_ancestor_method(
        &self,
        class: &ClassObj,
        name: &str,
    ) -> Option<&'static crate::runtime::builtins::BuiltinMethod> {
        class
            .mro_tail
            .iter()
            .filter(|ancestor| ancestor.is_builtin)
            .find_map(|ancestor| {
                crate::runtime::builtins::methods::method_of_class(ancestor.builtin, name)
            })
    }

    /// `super().name`: the attribute found after `class` in the receiver's
    /// MRO, bound to the receiver.
    fn super_lookup(
        &mut self,
        class: &Rc<ClassObj>,
        receiver: &Value,
        name: &str,
    ) -> Option<Value> {
        let value = self.super_lookup_raw(class, receiver, name)?;
        Some(self.bind(value, receiver))
    }

    fn super_lookup_raw(
        &self,
        class: &Rc<ClassObj>,
        receiver: &Value,
        name: &str,
    ) -> Option<Value> {
        let receiver_class = match receiver {
            Value::Instance(instance) => instance.class.clone(),
            Value::Class(class) => class.clone(),
            other => self.types.class_of(other),
        };
        let mut mro: Vec<Rc<ClassObj>> = vec![receiver_class.clone()];
        mro.extend(receiver_class.mro_tail.iter().cloned());
        let start = mro.iter().position(|c| Rc::ptr_eq(c, class))? + 1;
        for ancestor in &mro[start..] {
            if let Some(value) = find_attribute(&ancestor.attrs.borrow(), name) {
                return Some(value);
            }
            if ancestor.is_builtin {
                if let Some(method) =
                    crate::runtime::builtins::methods::method_of_class(ancestor.builtin, name)
                {
                    return Some(Value::MethodDescriptor(method));
                }
            }
        }
        None
    }

    /// Attributes every object of a kind has, computed on access.
    fn special_attribute(&mut self, object: &Value, name: &str) -> Option<Value> {
        match (object, name) {
            (_, "__class__") => Some(Value::Class(self.types.class_of(object))),
            (Value::Instance(instance), _) if instance.exception.is_some() => {
                let data = instance.exception.as_ref()?.borrow();
                match name {
                    "args" => {
                        let args = data.args.clone();
                        drop(data);
                        Some(self.new_tuple(args))
                    }
                    "value"
                        if instance.class.is_subclass_of(&self.types.exception(
                            crate::runtime::builtins::types::ExcType::StopIteration,
                        )) =>
                    {
                        Some(data.args.first().cloned().unwrap_or(Value::None))
                    }
                    "__cause__" => Some(data.cause.clone().unwrap_or(Value::None)),
                    "__context__" => Some(data.context.clone().unwrap_or(Value::None)),
                    "__suppress_context__" => Some(Value::Bool(data.suppress_context)),
                    "__traceback__" => Some(Value::None),
                    _ => None,
                }
            }
            (Value::Class(class), "__name__") => Some(Value::str(&class.name)),
            (Value::Class(class), "__qualname__") => Some(Value::str(&class.qualname)),
            (Value::Class(class), "__module__") => Some(Value::str(if class.is_builtin {
                builtin_type_module(&class.name)
            } else {
                "__main__"
            })),
            (Value::Class(class), "__bases__") => {
                let bases: Vec<Value> = class.bases.iter().cloned().map(Value::Class).collect();
                Some(self.new_tuple(bases))
            }
            (Value::Class(class), "__mro__") => {
                let mut mro = vec![Value::Class(class.clone())];
                mro.extend(class.mro_tail.iter().cloned().map(Value::Class));
                Some(self.new_tuple(mro))
            }
            (Value::Class(class), "__doc__")
                if !class.attrs.borrow().iter().any(|(n, _)| &**n == "__doc__") =>
            {
                Some(Value::None)
            }
            (Value::Function(function), "__name__") => Some(Value::str(&function.name)),
            (Value::Function(function), "__qualname__") => Some(Value::str(&function.qualname)),
            (Value::Function(_), "__doc__") => Some(Value::None),
            (Value::Function(_), "__module__") => Some(Value::str("__main__")),
            (Value::Function(function), "__defaults__") => {
                if function.defaults.is_empty() {
                    Some(Value::None)
                } else {
                    let defaults = function.defaults.clone();
                    Some(self.new_tuple(defaults))
                }
            }
            (Value::Builtin(builtin), "__name__") => Some(Value::str(builtin.name)),
            (Value::BoundMethod(method), "__self__") => Some(method.receiver.clone()),
            (Value::BoundMethod(method), "__func__") => Some(method.function.clone()),
            (Value::BoundMethod(method), "__name__") => match &method.function {
                Value::Function(function) => Some(Value::str(&function.name)),
                _ => None,
            },
            (Value::NativeMethod(method), "__name__") => Some(Value::str(method.method.name)),
            (Value::NativeMethod(method), "__self__") => Some(method.receiver.clone()),
            (Value::Generator(generator), "__name__") => Some(Value::str(&generator.name)),
            (Value::Generator(generator), "__qualname__") => Some(Value::str(&generator.qualname)),
            (Value::Generator(generator), "gi_running") => Some(Value::Bool(matches!(
                &*generator.state.borrow(),
                GenState::Running { .. }
            ))),
            (Value::Generator(generator), "gi_suspended") => Some(Value::Bool(matches!(
                &*generator.state.borrow(),
                GenState::Suspended(_)
            ))),
            (Value::Generator(generator), "gi_yieldfrom") => {
                Some(match &*generator.state.borrow() {
                    GenState::Suspended(frame) if frame.ip > 0 => {
                        match frame.code.instructions[frame.ip - 1] {
                            crate::compiler::code::Instruction::YieldValue { delegating: true } => {
                                frame.stack.last().cloned().unwrap_or(Value::None)
                            }
                            _ => Value::None,
                        }
                    }
                    _ => Value::None,
                })
            }
            (Value::Range(range), "start") => Some(Value::Int(range.start)),
            (Value::Range(range), "stop") => Some(Value::Int(range.stop)),
            (Value::Range(range), "step") => Some(Value::Int(range.step)),
            (Value::Slice(slice), "start") => Some(slice.start.clone()),
            (Value::Slice(slice), "stop") => Some(slice.stop.clone()),
            (Value::Slice(slice), "step") => Some(slice.step.clone()),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                Some(match object {
                    Value::Bool(b) => Value::Int(i64::from(*b)),
                    other => other.clone(),
                })
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(_), "real") => Some(object.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Module(module), "__name__") => Some(Value::str(&module.name)),
            _ => None,
        }
    }

    pub fn set_attribute(&mut self, object: &Value, name: &Rc<str>, value: Value) -> PyResult<()> {
        match object {
            Value::Instance(instance) => {
                if instance.exception.is_some() && &**name == "args" {
                    if let (Some(data), Value::Tuple(tuple)) = (&instance.exception, &value) {
                        data.borrow_mut().args = tuple.items.to_vec();
                        return Ok(());
                    }
                }
                if instance.exception.is_some()
                    && (&**name == "__cause__" || &**name == "__context__")
                {
                    if let Some(data) = &instance.exception {
                        let mut data = data.borrow_mut();
                        let link = (!value.is_none()).then_some(value);
                        if &**name == "__cause__" {
                            data.cause = link;
                            data.suppress_context = true;
                        } else {
                            data.context = link;
                        }
                    }
                    return Ok(());
                }
                let old = {
                    let mut attrs = instance.attrs.borrow_mut();
                    let old = find_attribute(&attrs, name);
                    set_attribute(&mut attrs, name, value);
                    old
                };
                drop(old);
                Ok(())
            }
            Value::Class(class) if !class.is_builtin => {
                set_attribute(&mut class.attrs.borrow_mut(), name, value);
                Ok(())
            }
            Value::Class(class) => Err(Exc::type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                class.name
            ))),
            Value::Function(function) => {
                set_attribute(&mut function.attrs.borrow_mut(), name, value);
                Ok(())
            }
            other => {
                if method_for(other, name).is_some() {
                    Err(Exc::attribute_error(format!(
                        "'{}' object attribute '{name}' is read-only",
                        other.qualified_type_name()
                    )))
                } else {
                    Err(Exc::attribute_error(format!(
                        "'{}' object has no attribute '{name}'",
                        other.qualified_type_name()
                    )))
                }
            }
        }
    }

    pub fn delete_attribute(&mut self, object: &Value, name: &Rc<str>) -> PyResult<()> {
        let removed = match object {
            Value::Instance(instance) => remove_attribute(&mut instance.attrs.borrow_mut(), name),
            Value::Class(class) if !class.is_builtin => {
                remove_attribute(&mut class.attrs.borrow_mut(), name)
            }
            Value::Function(function) => remove_attribute(&mut function.attrs.borrow_mut(), name),
            _ => None,
        };
        match removed {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(self.attribute_error(object, name)),
        }
    }

    /// `'Foo' object has no attribute 'bar'`, remembering a "Did you mean"
    /// suggestion for the traceback.
    pub fn attribute_error(&mut self, object: &Value, name: &str) -> Exc {
        let message = match object {
            Value::Class(class) => {
                format!("type object '{}' has no attribute '{name}'", class.name)
            }
            Value::Module(module) => format!("module '{}' has no attribute '{name}'", module.name),
            other => format!(
                "'{}' object has no attribute '{name}'",
                other.qualified_type_name()
            ),
        };
        let candidates = self.attribute_names(object);
        let exception = self.new_exception(
            crate::runtime::builtins::types::ExcType::AttributeError,
            vec![Value::string(message)],
        );
        if let Value::Instance(instance) = &exception {
            if let Some(data) = &instance.exception {
                data.borrow_mut().suggestion = suggest(name, &candidates);
            }
        }
        Exc::object(exception)
    }

    /// `dir(object)`, sorted, for suggestions.
    fn attribute_names(&self, object: &Value) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        match object {
            Value::Instance(instance) => {
                names.extend(instance.attrs.borrow().iter().map(|(n, _)| n.to_string()));
                names.extend(
                    instance
                        .class
                        .attrs
                        .borrow()
                        .iter()
                        .map(|(n, _)| n.to_string()),
                );
                for ancestor in &instance.class.mro_tail {
                    names.extend(ancestor.attrs.borrow().iter().map(|(n, _)| n.to_string()));
                }
            }
            Value::Class(class) => {
                names.extend(class.attrs.borrow().iter().map(|(n, _)| n.to_string()));
                for ancestor in &class.mro_tail {
                    names.extend(ancestor.attrs.borrow().iter().map(|(n, _)| n.to_string()));
                }
            }
            other => {
                let builtin = self.types.class_of(other).builtin;
                names.extend(
                    crate::runtime::builtins::methods::method_names(builtin).map(str::to_owned),
                );
            }
        }
        names.extend(OBJECT_DUNDERS.iter().map(|n| n.to_string()));
        names.sort();
        names.dedup();
        names
    }
}

/// What `dir()` lists for every object.
const OBJECT_DUNDERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

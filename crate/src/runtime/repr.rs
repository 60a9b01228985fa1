//! `repr()` and `str()` of values, computed natively. Objects with Python
//! `__repr__`/`__str__` methods are rendered by the `stringify` routine;
//! here they get CPython's default form.

use std::borrow::Cow;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::{DictViewKind, IterState};
use crate::runtime::value::{ObjId, Value};
use crate::runtime::vm::Vm;
use crate::text::float_repr::float_repr;
use crate::text::int_text::int_to_str;
use crate::text::str_methods::str_repr;

/// Containers nested deeper than this print as `...` rather than recurse.
const MAX_REPR_DEPTH: usize = 200;

/// Summaries shown in trace events and generator cards stay short.
const SUMMARY_LENGTH: usize = 80;

impl Value {
    /// `type(value).__name__`.
    pub fn type_name(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(set) => {
                if set.frozen {
                    "frozenset"
                } else {
                    "set"
                }
            }
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::NativeMethod(_) => "builtin_function_or_method",
            Value::MethodDescriptor(_) => "method_descriptor",
            Value::Class(_) => "type",
            Value::Instance(instance) => return Cow::Owned(instance.class.name.to_string()),
            Value::Generator(_) => "generator",
            Value::Iterator(iterator) => iterator.state.borrow().type_name(),
            Value::DictView(view) => view.kind.type_name(),
            Value::Module(_) => "module",
            Value::Super(_) => "super",
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
            Value::Null => "NULL",
        })
    }
}

/// A stable, plausible-looking address for objects whose CPython repr
/// shows one.
pub fn address(id: ObjId) -> String {
    format!("0x7f{:010x}", 0x1000 + u64::from(id) * 0x30)
}

impl Vm {
    /// `repr(value)` without running Python code.
    pub fn repr_native(&self, value: &Value) -> String {
        let mut out = String::new();
        self.write_repr(value, &mut out, 0, &mut Vec::new());
        out
    }

    /// `str(value)` without running Python code.
    pub fn str_native(&self, value: &Value) -> String {
        match value {
            Value::Str(text) => text.as_str().to_owned(),
            Value::Instance(instance) if instance.exception.is_some() => {
                self.exception_message(value)
            }
            other => self.repr_native(other),
        }
    }

    /// `repr(value)` when nothing inside it needs a Python method; `None`
    /// otherwise (the stringify routine takes over).
    pub fn try_repr_native(&self, value: &Value) -> Option<String> {
        if self.needs_python_repr(value, 0) {
            return None;
        }
        Some(self.repr_native(value))
    }

    /// The ints that `str()` refuses (more than 4300 digits).
    pub fn check_int_text(&self, value: &Value) -> PyResult<()> {
        if let Value::BigInt(big) = value {
            int_to_str(big).map_err(Exc::value_error)?;
        }
        Ok(())
    }

    fn needs_python_repr(&self, value: &Value, depth: usize) -> bool {
        if depth > MAX_REPR_DEPTH {
            return false;
        }
        match value {
            Value::Instance(instance) => {
                matches!(instance.class.lookup("__repr__"), Some(Value::Function(_)))
                    || instance.exception.as_ref().is_some_and(|data| {
                        data.borrow()
                            .args
                            .iter()
                            .any(|arg| self.needs_python_repr(arg, depth + 1))
                    })
            }
            Value::List(list) => list
                .items
                .borrow()
                .iter()
                .any(|item| self.needs_python_repr(item, depth + 1)),
            Value::Tuple(tuple) => tuple
                .items
                .iter()
                .any(|item| self.needs_python_repr(item, depth + 1)),
            Value::Dict(dict) => dict.table.borrow().iter().any(|(key, item)| {
                self.needs_python_repr(key, depth + 1) || self.needs_python_repr(item, depth + 1)
            }),
            Value::Set(set) => set
                .table
                .borrow()
                .iter()
                .any(|item| self.needs_python_repr(item, depth + 1)),
            Value::DictView(view) => {
                self.needs_python_repr(&Value::Dict(view.dict.clone()), depth + 1)
            }
            _ => false,
        }
    }

    /// A short repr for trace events and generator cards.
    pub fn summarize(&self, value: &Value) -> String {
        let text = self.repr_native(value);
        if text.chars().count() <= SUMMARY_LENGTH {
            return text;
        }
        let mut short: String = text.chars().take(SUMMARY_LENGTH - 1).collect();
        short.push('…');
        short
    }

    fn write_repr(&self, value: &Value, out: &mut String, depth: usize, active: &mut Vec<ObjId>) {
        if depth > MAX_REPR_DEPTH {
            out.push_str("...");
            return;
        }
        match value {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::BigInt(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(text) => out.push_str(&str_repr(text.as_str())),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Null => out.push_str("<NULL>"),
            Value::List(list) => {
                if self.enter(list.id, active, out, "[...]") {
                    out.push('[');
                    let items = list.items.borrow().clone();
                    self.write_items(&items, out, depth, active);
                    out.push(']');
                    active.pop();
                }
            }
            Value::Tuple(tuple) => {
                if self.enter(tuple.id, active, out, "(...)") {
                    out.push('(');
                    self.write_items(&tuple.items, out, depth, active);
                    if tuple.items.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                    active.pop();
                }
            }
            Value::Dict(dict) => {
                if self.enter(dict.id, active, out, "{...}") {
                    out.push('{');
                    let pairs: Vec<(Value, Value)> = dict
                        .table
                        .borrow()
                        .iter()
                        .map(|(key, item)| (key.clone(), item.clone()))
                        .collect();
                    for (index, (key, item)) in pairs.iter().enumerate() {
                        if index > 0 {
                            out.push_str(", ");
                        }
                        self.write_repr(key, out, depth + 1, active);
                        out.push_str(": ");
                        self.write_repr(item, out, depth + 1, active);
                    }
                    out.push('}');
                    active.pop();
                }
            }
            Value::Set(set) => {
                let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
                let name = if set.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    out.push_str(name);
                    out.push_str("()");
                } else if self.enter(set.id, active, out, &format!("{name}(...)")) {
                    if set.frozen {
                        out.push_str("frozenset(");
                    }
                    out.push('{');
                    self.write_items(&items, out, depth, active);
                    out.push('}');
                    if set.frozen {
                        out.push(')');
                    }
                    active.pop();
                }
            }
            Value::DictView(view) => {
                out.push_str(view.kind.type_name());
                out.push_str("([");
                let items: Vec<Value> = {
                    let table = view.dict.table.borrow();
                    table
                        .iter()
                        .map(|(key, item)| match view.kind {
                            DictViewKind::Keys => key.clone(),
                            DictViewKind::Values => item.clone(),
                            DictViewKind::Items => {
                                Value::Tuple(std::rc::Rc::new(crate::runtime::objects::TupleObj {
                                    id: 0,
                                    items: vec![key.clone(), item.clone()].into_boxed_slice(),
                                }))
                            }
                        })
                        .collect()
                };
                self.write_items(&items, out, depth, active);
                out.push_str("])");
            }
            Value::Range(range) => {
                if range.step == 1 {
                    out.push_str(&format!("range({}, {})", range.start, range.stop));
                } else {
                    out.push_str(&format!(
                        "range({}, {}, {})",
                        range.start, range.stop, range.step
                    ));
                }
            }
            Value::Slice(slice) => {
                out.push_str("slice(");
                self.write_repr(&slice.start, out, depth + 1, active);
                out.push_str(", ");
                self.write_repr(&slice.stop, out, depth + 1, active);
                out.push_str(", ");
                self.write_repr(&slice.step, out, depth + 1, active);
                out.push(')');
            }
            Value::Function(function) => {
                out.push_str(&format!(
                    "<function {} at {}>",
                    function.qualname,
                    address(function.id)
                ));
            }
            Value::Builtin(builtin) => {
                out.push_str(&format!("<built-in function {}>", builtin.name));
            }
            Value::BoundMethod(method) => {
                let name = match &method.function {
                    Value::Function(function) => function.qualname.to_string(),
                    other => self.repr_native(other),
                };
                out.push_str(&format!("<bound method {name} of "));
                self.write_repr(&method.receiver, out, depth + 1, active);
                out.push('>');
            }
            Value::NativeMethod(method) => {
                let owner = method.receiver.type_name();
                let id = method.receiver.object_id().unwrap_or(method.id);
                out.push_str(&format!(
                    "<built-in method {} of {owner} object at {}>",
                    method.method.name,
                    address(id)
                ));
            }
            Value::MethodDescriptor(method) => {
                out.push_str(&format!(
                    "<method '{}' of '{}' objects>",
                    method.name, method.owner
                ));
            }
            Value::Class(class) => {
                if class.is_builtin {
                    out.push_str(&format!("<class '{}'>", class.qualname));
                } else {
                    out.push_str(&format!("<class '__main__.{}'>", class.qualname));
                }
            }
            Value::Instance(instance) => {
                if instance.exception.is_some() {
                    out.push_str(&instance.class.name);
                    out.push('(');
                    let args = instance
                        .exception
                        .as_ref()
                        .map(|data| data.borrow().args.clone())
                        .unwrap_or_default();
                    self.write_items(&args, out, depth, active);
                    out.push(')');
                } else {
                    out.push_str(&format!(
                        "<__main__.{} object at {}>",
                        instance.class.qualname,
                        address(instance.id)
                    ));
                }
            }
            Value::Generator(generator) => {
                out.push_str(&format!(
                    "<generator object {} at {}>",
                    generator.qualname,
                    address(generator.id)
                ));
            }
            Value::Iterator(iterator) => {
                let state = iterator.state.borrow();
                match &*state {
                    IterState::Count { next, step } => {
                        out.push_str("count(");
                        self.write_repr(next, out, depth + 1, active);
                        if !matches!(step, Value::Int(1)) {
                            out.push_str(", ");
                            self.write_repr(step, out, depth + 1, active);
                        }
                        out.push(')');
                    }
                    IterState::Repeat { value, remaining } => {
                        out.push_str("repeat(");
                        self.write_repr(value, out, depth + 1, active);
                        if let Some(remaining) = remaining {
                            out.push_str(&format!(", {remaining}"));
                        }
                        out.push(')');
                    }
                    other => {
                        let prefix = if other.is_itertools() {
                            "itertools."
                        } else {
                            ""
                        };
                        out.push_str(&format!(
                            "<{prefix}{} object at {}>",
                            other.type_name(),
                            address(iterator.id)
                        ));
                    }
                }
            }
            Value::Module(module) => {
                out.push_str(&format!("<module '{}' (built-in)>", module.name));
            }
            Value::Super(sup) => {
                out.push_str(&format!(
                    "<super: <class '{}'>, <{} object>>",
                    sup.class.name,
                    sup.receiver.type_name()
                ));
            }
        }
    }

    fn write_items(
        &self,
        items: &[Value],
        out: &mut String,
        depth: usize,
        active: &mut Vec<ObjId>,
    ) {
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            self.write_repr(item, out, depth + 1, active);
        }
    }

    /// Guards against printing a container inside itself.
    fn enter(&self, id: ObjId, active: &mut Vec<ObjId>, out: &mut String, marker: &str) -> bool {
        if id != 0 && active.contains(&id) {
            out.push_str(marker);
            return false;
        }
        active.push(id);
        true
    }
}

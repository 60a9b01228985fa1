//! `repr()` and `str()` of values, computed natively. Objects with Python
//! `__repr__`/`__str__` methods are rendered by the `stringify` routine;
//! here they get CPython's default form.

use std::borrow::Cow;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::limits::{MAX_SEQUENCE_LENGTH, MAX_VISITS};
use crate::runtime::objects::{builtin_type_module, DictViewKind, IterState};
use crate::runtime::value::{ObjId, Value};
use crate::runtime::vm::Vm;
use crate::text::float_repr::float_repr;
use crate::text::int_text::int_to_str;
use crate::text::str_methods::str_repr;

/// Containers nested deeper than this print as `...` rather than recurse.
const MAX_REPR_DEPTH: usize = 200;

/// How far a native repr may go.
#[derive(Clone, Copy)]
struct ReprLimits {
    /// Levels of nesting to descend into (the value itself is the first).
    levels: usize,
    /// Give up on a value nested deeper, or on an object whose class
    /// defines `__repr__`, rather than printing `...` or CPython's default
    /// form.
    strict: bool,
}

/// Why a native repr gave up.
pub(crate) enum GaveUp {
    /// Something inside needs Python code, or is nested too deeply: the
    /// stringify routine must take over.
    Deferred,
    /// The text would be longer than any the VM builds.
    TooLarge,
}

/// The containers a repr is inside, to print a container inside itself
/// as `[...]`, and how many it has entered.
#[derive(Default)]
struct Rendering {
    active: Vec<ObjId>,
    entered: usize,
}

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

    /// The type's name as CPython's messages give it (`tp_name`): like
    /// `__name__`, except that itertools' types carry their module.
    pub fn qualified_type_name(&self) -> Cow<'static, str> {
        match self {
            Value::Iterator(iterator) => {
                qualified_builtin_name(iterator.state.borrow().type_name())
            }
            other => other.type_name(),
        }
    }
}

/// `itertools.count` for `count`, `list_iterator` for `list_iterator`.
pub fn qualified_builtin_name(name: &str) -> Cow<'_, str> {
    match builtin_type_module(name) {
        "builtins" => Cow::Borrowed(name),
        module => Cow::Owned(format!("{module}.{name}")),
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
        let limits = ReprLimits {
            levels: MAX_REPR_DEPTH,
            strict: false,
        };
        let mut out = String::new();
        // Giving up leaves a truncated text, which is what messages and
        // summaries want.
        let _ = self.write_repr(value, &mut out, limits, 0, &mut Rendering::default());
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

    /// `repr(value)` without running Python code, for a value `levels`
    /// levels of nesting may be spent on; gives up when something inside
    /// needs a Python method or is nested too deeply (the stringify routine
    /// takes over, and raises `RecursionError` if need be).
    pub(crate) fn repr_within(&self, value: &Value, levels: usize) -> Result<String, GaveUp> {
        let limits = ReprLimits {
            levels: levels.min(MAX_REPR_DEPTH),
            strict: true,
        };
        let mut out = String::new();
        self.write_repr(value, &mut out, limits, 0, &mut Rendering::default())?;
        Ok(out)
    }

    /// Levels of nesting a `repr` started by a built-in may descend into:
    /// the call to the built-in counts as one, as in CPython.
    pub(crate) fn repr_allowance(&self) -> usize {
        self.nesting_allowance().saturating_sub(1)
    }

    /// The ints that `str()` refuses (more than 4300 digits).
    pub fn check_int_text(&self, value: &Value) -> PyResult<()> {
        if let Value::BigInt(big) = value {
            int_to_str(big).map_err(Exc::value_error)?;
        }
        Ok(())
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

    fn write_repr(
        &self,
        value: &Value,
        out: &mut String,
        limits: ReprLimits,
        depth: usize,
        rendering: &mut Rendering,
    ) -> Result<(), GaveUp> {
        if out.len() > MAX_SEQUENCE_LENGTH {
            return Err(GaveUp::TooLarge);
        }
        if depth >= limits.levels {
            if limits.strict {
                return Err(GaveUp::Deferred);
            }
            out.push_str("...");
            return Ok(());
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
                if self.enter(list.id, rendering, out, "[...]")? {
                    out.push('[');
                    let items = list.items.borrow().clone();
                    self.write_items(&items, out, limits, depth, rendering)?;
                    out.push(']');
                    rendering.active.pop();
                }
            }
            Value::Tuple(tuple) => {
                if self.enter(tuple.id, rendering, out, "(...)")? {
                    out.push('(');
                    self.write_items(&tuple.items, out, limits, depth, rendering)?;
                    if tuple.items.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                    rendering.active.pop();
                }
            }
            Value::Dict(dict) => {
                if self.enter(dict.id, rendering, out, "{...}")? {
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
                        self.write_repr(key, out, limits, depth + 1, rendering)?;
                        out.push_str(": ");
                        self.write_repr(item, out, limits, depth + 1, rendering)?;
                    }
                    out.push('}');
                    rendering.active.pop();
                }
            }
            Value::Set(set) => {
                let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
                let name = if set.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    out.push_str(name);
                    out.push_str("()");
                } else if self.enter(set.id, rendering, out, &format!("{name}(...)"))? {
                    if set.frozen {
                        out.push_str("frozenset(");
                    }
                    out.push('{');
                    self.write_items(&items, out, limits, depth, rendering)?;
                    out.push('}');
                    if set.frozen {
                        out.push(')');
                    }
                    rendering.active.pop();
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
                self.write_items(&items, out, limits, depth, rendering)?;
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
                self.write_repr(&slice.start, out, limits, depth + 1, rendering)?;
                out.push_str(", ");
                self.write_repr(&slice.stop, out, limits, depth + 1, rendering)?;
                out.push_str(", ");
                self.write_repr(&slice.step, out, limits, depth + 1, rendering)?;
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
                self.write_repr(&method.receiver, out, limits, depth + 1, rendering)?;
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
                    out.push_str(&format!(
                        "<class '{}'>",
                        qualified_builtin_name(&class.qualname)
                    ));
                } else {
                    out.push_str(&format!("<class '__main__.{}'>", class.qualname));
                }
            }
            Value::Instance(instance) => {
                if limits.strict
                    && matches!(instance.class.lookup("__repr__"), Some(Value::Function(_)))
                {
                    return Err(GaveUp::Deferred);
                }
                if instance.exception.is_some() {
                    out.push_str(&instance.class.name);
                    out.push('(');
                    let args = instance
                        .exception
                        .as_ref()
                        .map(|data| data.borrow().args.clone())
                        .unwrap_or_default();
                    self.write_items(&args, out, limits, depth, rendering)?;
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
                        self.write_repr(next, out, limits, depth + 1, rendering)?;
                        if !matches!(step, Value::Int(1)) {
                            out.push_str(", ");
                            self.write_repr(step, out, limits, depth + 1, rendering)?;
                        }
                        out.push(')');
                    }
                    IterState::Repeat { value, remaining } => {
                        out.push_str("repeat(");
                        self.write_repr(value, out, limits, depth + 1, rendering)?;
                        if let Some(remaining) = remaining {
                            out.push_str(&format!(", {remaining}"));
                        }
                        out.push(')');
                    }
                    other => {
                        out.push_str(&format!(
                            "<{} object at {}>",
                            qualified_builtin_name(other.type_name()),
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
        Ok(())
    }

    fn write_items(
        &self,
        items: &[Value],
        out: &mut String,
        limits: ReprLimits,
        depth: usize,
        rendering: &mut Rendering,
    ) -> Result<(), GaveUp> {
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            self.write_repr(item, out, limits, depth + 1, rendering)?;
        }
        Ok(())
    }

    /// Guards against printing a container inside itself, and against
    /// containers sharing parts so much that printing would never end.
    fn enter(
        &self,
        id: ObjId,
        rendering: &mut Rendering,
        out: &mut String,
        marker: &str,
    ) -> Result<bool, GaveUp> {
        rendering.entered += 1;
        if rendering.entered > MAX_VISITS {
            return Err(GaveUp::TooLarge);
        }
        if id != 0 && rendering.active.contains(&id) {
            out.push_str(marker);
            return Ok(false);
        }
        rendering.active.push(id);
        Ok(true)
    }
}

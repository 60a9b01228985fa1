//! `print`, `str`, `repr` and f-string fields over values that may contain
//! objects with Python `__str__`/`__repr__` methods. The common case —
//! nothing to call — is answered directly by the native `repr`; otherwise a
//! work stack renders the value piece by piece, pausing for each method.

use crate::runtime::calls::Args;
use crate::runtime::delivery::{Outcome, Protocol};
use crate::runtime::limits::{memory_error, too_deep_in_repr, MAX_SEQUENCE_LENGTH};
use crate::runtime::native::Step;
use crate::runtime::repr::GaveUp;
use crate::runtime::value::{ObjId, Value};
use crate::runtime::vm::Vm;

pub enum Purpose {
    /// `print(*values, sep=..., end=...)`: write the text, return `None`.
    Print,
    /// Return the text as a str.
    Text,
    /// Apply a format spec to the text (an f-string field with `!r`/`!s`).
    Format(String),
}

/// One part of a text to render: literal text, or a value's `str`/`repr`.
pub enum Piece {
    Text(String),
    Str(Value),
    Repr(Value),
}

pub(crate) enum Work {
    Text(String),
    Str(Value),
    Repr(Value),
    /// A container's rendering ended; it may be entered again.
    Leave(ObjId),
}

pub struct StringifyTask {
    pub(crate) purpose: Purpose,
    pub(crate) work: Vec<Work>,
    pub(crate) out: String,
    pub(crate) active: Vec<ObjId>,
}

impl StringifyTask {
    /// Renders `values` joined by `separator` and followed by `end`.
    pub fn print(values: Vec<Value>, separator: String, end: String) -> StringifyTask {
        let mut work = vec![Work::Text(end)];
        for (index, value) in values.into_iter().enumerate().rev() {
            work.push(Work::Str(value));
            if index > 0 {
                work.push(Work::Text(separator.clone()));
            }
        }
        StringifyTask {
            purpose: Purpose::Print,
            work,
            out: String::new(),
            active: Vec::new(),
        }
    }

    pub fn text(value: Value, repr: bool, purpose: Purpose) -> StringifyTask {
        StringifyTask {
            purpose,
            work: vec![if repr {
                Work::Repr(value)
            } else {
                Work::Str(value)
            }],
            out: String::new(),
            active: Vec::new(),
        }
    }

    /// Renders pieces in order into one str (`str.format`).
    pub fn pieces(pieces: Vec<Piece>) -> StringifyTask {
        let work = pieces
            .into_iter()
            .rev()
            .map(|piece| match piece {
                Piece::Text(text) => Work::Text(text),
                Piece::Str(value) => Work::Str(value),
                Piece::Repr(value) => Work::Repr(value),
            })
            .collect();
        StringifyTask {
            purpose: Purpose::Text,
            work,
            out: String::new(),
            active: Vec::new(),
        }
    }

    pub fn name(&self) -> &'static str {
        match self.purpose {
            Purpose::Print => "print",
            _ => "str",
        }
    }

    pub fn step(&mut self, vm: &mut Vm, input: Outcome) -> Step {
        match input {
            Outcome::Error(exception) => return Step::Complete(Outcome::Error(exception)),
            Outcome::Value(Value::Str(text)) => self.out.push_str(text.as_str()),
            _ => {}
        }
        while let Some(work) = self.work.pop() {
            if self.out.len() > MAX_SEQUENCE_LENGTH {
                let exception = vm.materialize_fresh(memory_error());
                return Step::Complete(Outcome::Error(exception));
            }
            match work {
                Work::Text(text) => self.out.push_str(&text),
                Work::Leave(id) => {
                    self.active.retain(|&active| active != id);
                }
                Work::Str(value) => {
                    if let Value::Str(text) = &value {
                        self.out.push_str(text.as_str());
                        continue;
                    }
                    if let Some(step) = python_method(&value, "__str__") {
                        return step;
                    }
                    match exception_args(&value) {
                        Some(args) => self.push_exception_message(vm, &value, args),
                        None => self.work.push(Work::Repr(value)),
                    }
                }
                Work::Repr(value) => {
                    // Each container being rendered is a level of nesting.
                    let levels_left = vm.repr_allowance().saturating_sub(self.active.len());
                    if levels_left == 0 {
                        let exception = vm.materialize_fresh(too_deep_in_repr());
                        return Step::Complete(Outcome::Error(exception));
                    }
                    if let Some(step) = python_method(&value, "__repr__") {
                        return step;
                    }
                    match vm.repr_within(&value, levels_left) {
                        Ok(text) => self.out.push_str(&text),
                        Err(GaveUp::Deferred) => self.expand(vm, value),
                        Err(GaveUp::TooLarge) => {
                            let exception = vm.materialize_fresh(memory_error());
                            return Step::Complete(Outcome::Error(exception));
                        }
                    }
                }
            }
        }
        let text = std::mem::take(&mut self.out);
        match &self.purpose {
            Purpose::Print => {
                vm.write_output(&text);
                Step::Complete(Outcome::Value(Value::None))
            }
            Purpose::Text => Step::Complete(Outcome::Value(Value::string(text))),
            Purpose::Format(spec) => match vm.format_text(&text, spec) {
                Ok(value) => Step::Complete(Outcome::Value(value)),
                Err(exc) => Step::Complete(Outcome::Error(vm.materialize_fresh(exc))),
            },
        }
    }

    /// `str(exception)`: nothing, its one argument, or the args tuple
    /// (a `KeyError` shows its key's repr).
    fn push_exception_message(&mut self, vm: &mut Vm, exception: &Value, mut args: Vec<Value>) {
        match args.len() {
            0 => {}
            1 => {
                let arg = args.remove(0);
                if vm.is_key_error(exception) {
                    self.work.push(Work::Repr(arg));
                } else {
                    self.work.push(Work::Str(arg));
                }
            }
            _ => {
                let tuple = vm.new_tuple(args);
                self.work.push(Work::Repr(tuple));
            }
        }
    }

    /// Pushes the pieces of a container's repr (in reverse, it is a stack).
    fn expand(&mut self, vm: &mut Vm, value: Value) {
        let Some(id) = value.object_id() else {
            self.out.push_str(&vm.repr_native(&value));
            return;
        };
        let (open, close, items): (&str, &str, Vec<Work>) = match &value {
            Value::List(list) => (
                "[",
                "]",
                list.items
                    .borrow()
                    .iter()
                    .cloned()
                    .map(Work::Repr)
                    .collect(),
            ),
            Value::Tuple(tuple) => {
                let close = if tuple.items.len() == 1 { ",)" } else { ")" };
                (
                    "(",
                    close,
                    tuple.items.iter().cloned().map(Work::Repr).collect(),
                )
            }
            Value::Set(set) => {
                let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
                if items.is_empty() {
                    self.out
                        .push_str(if set.frozen { "frozenset()" } else { "set()" });
                    return;
                }
                if set.frozen {
                    (
                        "frozenset({",
                        "})",
                        items.into_iter().map(Work::Repr).collect(),
                    )
                } else {
                    ("{", "}", items.into_iter().map(Work::Repr).collect())
                }
            }
            Value::Dict(dict) => {
                let mut pieces = Vec::new();
                for (key, item) in dict.table.borrow().iter() {
                    pieces.push(Work::Repr(key.clone()));
                    pieces.push(Work::Text(": ".to_owned()));
                    pieces.push(Work::Repr(item.clone()));
                }
                ("{", "}", pieces)
            }
            Value::Instance(instance) if instance.exception.is_some() => {
                let args = instance
                    .exception
                    .as_ref()
                    .map(|data| data.borrow().args.clone())
                    .unwrap_or_default();
                let open = format!("{}(", instance.class.name);
                self.work.push(Work::Text(")".to_owned()));
                for (index, arg) in args.into_iter().enumerate().rev() {
                    self.work.push(Work::Repr(arg));
                    if index > 0 {
                        self.work.push(Work::Text(", ".to_owned()));
                    }
                }
                self.work.push(Work::Text(open));
                return;
            }
            _ => {
                self.out.push_str(&vm.repr_native(&value));
                return;
            }
        };
        if self.active.contains(&id) {
            self.out.push_str(match &value {
                Value::Dict(_) => "{...}",
                Value::List(_) => "[...]",
                _ => "(...)",
            });
            return;
        }
        self.active.push(id);
        self.work.push(Work::Leave(id));
        self.work.push(Work::Text(close.to_owned()));
        let is_dict = matches!(value, Value::Dict(_));
        let mut pieces = items.into_iter().rev().peekable();
        let mut position = 0;
        while let Some(piece) = pieces.next() {
            self.work.push(piece);
            position += 1;
            let separator_due = if is_dict { position % 3 == 0 } else { true };
            if separator_due && pieces.peek().is_some() {
                self.work.push(Work::Text(", ".to_owned()));
            }
        }
        self.work.push(Work::Text(open.to_owned()));
    }
}

/// A user-defined `__str__`/`__repr__` to call (`__str__` falls back to a
/// user `__repr__`, as `object.__str__` does).
fn python_method(value: &Value, name: &'static str) -> Option<Step> {
    let Value::Instance(instance) = value else {
        return None;
    };
    let user_method = |name: &str| {
        instance
            .class
            .lookup(name)
            .filter(|method| matches!(method, Value::Function(_)))
    };
    let method = user_method(name).or_else(|| {
        if name == "__str__" {
            user_method("__repr__")
        } else {
            None
        }
    })?;
    Some(Step::CallProtocol(
        method,
        Args::positional(vec![value.clone()]),
        Protocol::Text(name),
    ))
}

fn exception_args(value: &Value) -> Option<Vec<Value>> {
    match value {
        Value::Instance(instance) => instance
            .exception
            .as_ref()
            .map(|data| data.borrow().args.clone()),
        _ => None,
    }
}

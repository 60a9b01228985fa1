//! Classes, their instances, exceptions (instances that carry a traceback)
//! and `super()` proxies.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::builtins::types::BuiltinType;
use crate::runtime::objects::CellRef;
use crate::runtime::value::{ObjId, Value};

/// Attribute storage: a short list keeps definition order (what the
/// visualiser shows) and beats hashing for the handful of names objects
/// have. Names are interned, so lookups usually compare pointers.
pub type Attributes = RefCell<Vec<(Rc<str>, Value)>>;

pub fn find_attribute(attributes: &[(Rc<str>, Value)], name: &str) -> Option<Value> {
    attributes
        .iter()
        .find(|(key, _)| {
            (key.as_ptr() == name.as_ptr() && key.len() == name.len()) || &**key == name
        })
        .map(|(_, value)| value.clone())
}

pub fn set_attribute(attributes: &mut Vec<(Rc<str>, Value)>, name: &Rc<str>, value: Value) {
    match attributes.iter_mut().find(|(key, _)| **key == **name) {
        Some(slot) => slot.1 = value,
        None => attributes.push((name.clone(), value)),
    }
}

pub fn remove_attribute(attributes: &mut Vec<(Rc<str>, Value)>, name: &str) -> Option<Value> {
    let index = attributes.iter().position(|(key, _)| &**key == name)?;
    Some(attributes.remove(index).1)
}

pub struct ClassObj {
    pub id: ObjId,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Rc<ClassObj>>,
    /// The method resolution order after the class itself (C3).
    pub mro_tail: Vec<Rc<ClassObj>>,
    pub attrs: Attributes,
    /// The built-in type this class is, or the nearest one it derives from
    /// (`object` for plain classes, an exception type for exceptions).
    pub builtin: BuiltinType,
    /// True for built-in classes, which programs cannot modify.
    pub is_builtin: bool,
}

impl ClassObj {
    /// Looks `name` up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(value) = find_attribute(&self.attrs.borrow(), name) {
            return Some(value);
        }
        self.mro_tail
            .iter()
            .find_map(|class| find_attribute(&class.attrs.borrow(), name))
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass_of(&self, other: &ClassObj) -> bool {
        std::ptr::eq(self, other) || self.mro_tail.iter().any(|c| std::ptr::eq(&**c, other))
    }

    pub fn is_exception(&self) -> bool {
        self.builtin.is_exception()
    }
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub function: Rc<str>,
    pub line: u32,
    /// The span of the failing operation, for CPython 3.11's carets.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Default)]
pub struct ExceptionData {
    pub args: Vec<Value>,
    /// Outermost frame first, as printed.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// CPython 3.11's "Did you mean" hint for a `NameError` or
    /// `AttributeError`, shown only in a printed traceback.
    pub suggestion: Option<String>,
    /// The variables of the frames this exception escaped, innermost
    /// first: CPython's traceback keeps those frames alive, so a suspended
    /// generator they hold is finalised only when the exception goes away
    /// (after the `except` block that handled it, say).
    pub escaped_frames: Vec<FrameVariables>,
}

/// A frame's locals and cells, as its traceback keeps them.
pub struct FrameVariables {
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
}

pub struct InstanceObj {
    pub id: ObjId,
    pub class: Rc<ClassObj>,
    pub attrs: Attributes,
    /// Present exactly when the class derives from `BaseException`.
    pub exception: Option<RefCell<ExceptionData>>,
}

/// `super()` bound to a class and an instance: attribute lookups start
/// after `class` in the instance's MRO.
pub struct SuperObj {
    pub id: ObjId,
    pub class: Rc<ClassObj>,
    pub receiver: Value,
}

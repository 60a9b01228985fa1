//! Functions, closures' cells, and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compiler::code::CodeObject;
use crate::runtime::builtins::BuiltinMethod;
use crate::runtime::value::{ObjId, Value};

/// A variable shared between a function and the functions nested in it.
pub struct CellObj {
    pub value: RefCell<Option<Value>>,
}

pub type CellRef = Rc<CellObj>;

pub fn new_cell(value: Option<Value>) -> CellRef {
    Rc::new(CellObj {
        value: RefCell::new(value),
    })
}

pub struct FunctionObj {
    pub id: ObjId,
    pub code: Rc<CodeObject>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Defaults of the last positional parameters, in order.
    pub defaults: Vec<Value>,
    pub kw_defaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<CellRef>,
    /// Attributes a program sets on the function object (`f.calls = 0`).
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
}

/// A Python function bound to the instance it was looked up on.
pub struct BoundMethodObj {
    pub id: ObjId,
    pub function: Value,
    pub receiver: Value,
}

/// A built-in method bound to its receiver, e.g. `[].append`.
pub struct NativeMethodObj {
    pub id: ObjId,
    pub method: &'static BuiltinMethod,
    pub receiver: Value,
}

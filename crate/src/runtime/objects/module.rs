//! Module objects (only built-in ones: `itertools`).

use std::rc::Rc;

use crate::runtime::value::{ObjId, Value};

pub struct ModuleObj {
    pub id: ObjId,
    pub name: Rc<str>,
    pub attrs: Vec<(Rc<str>, Value)>,
}

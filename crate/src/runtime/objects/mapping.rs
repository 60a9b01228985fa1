//! `dict`, `set`/`frozenset` and the dict views.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::value::{ObjId, Value};
use crate::table::{DictTable, SetTable};

pub struct DictObj {
    pub id: ObjId,
    pub table: RefCell<DictTable<Value, Value>>,
}

pub struct SetObj {
    pub id: ObjId,
    pub frozen: bool,
    pub table: RefCell<SetTable<Value>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl DictViewKind {
    pub fn type_name(self) -> &'static str {
        match self {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
}

pub struct DictViewObj {
    pub id: ObjId,
    pub dict: Rc<DictObj>,
    pub kind: DictViewKind,
}

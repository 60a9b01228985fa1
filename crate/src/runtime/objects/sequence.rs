//! `tuple`, `list`, `range` and `slice`.

use std::cell::RefCell;

use crate::runtime::value::{ObjId, Value};

pub struct TupleObj {
    pub id: ObjId,
    pub items: Box<[Value]>,
}

pub struct ListObj {
    pub id: ObjId,
    pub items: RefCell<Vec<Value>>,
}

/// `range(start, stop, step)`; a zero step is rejected at construction.
pub struct RangeObj {
    pub id: ObjId,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, index: i64) -> i64 {
        self.start + index * self.step
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let length = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    length.min(i64::MAX as i128) as i64
}

pub struct SliceObj {
    pub id: ObjId,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

//! Building containers and the dict/set operations the VM performs on
//! behalf of bytecode and built-ins.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::{DictObj, ListObj, RangeObj, SetObj, TupleObj};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;
use crate::table::{DictTable, SetTable};

impl Vm {
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let id = self.alloc_id();
        Value::List(Rc::new(ListObj {
            id,
            items: RefCell::new(items),
        }))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        let id = self.alloc_id();
        Value::Tuple(Rc::new(TupleObj {
            id,
            items: items.into_boxed_slice(),
        }))
    }

    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> Value {
        let id = self.alloc_id();
        Value::Range(Rc::new(RangeObj {
            id,
            start,
            stop,
            step,
        }))
    }

    pub fn new_dict(&mut self) -> Value {
        let id = self.alloc_id();
        Value::Dict(Rc::new(DictObj {
            id,
            table: RefCell::new(DictTable::new()),
        }))
    }

    pub fn new_set(&mut self, frozen: bool) -> Value {
        let id = self.alloc_id();
        Value::Set(Rc::new(SetObj {
            id,
            frozen,
            table: RefCell::new(SetTable::new()),
        }))
    }

    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let set = self.new_set(false);
        for item in items {
            self.set_add(&set, item)?;
        }
        Ok(set)
    }

    /// `{k1: v1, ...}` from `[k1, v1, k2, v2, ...]`.
    pub fn new_dict_from_pairs(&mut self, flat: Vec<Value>) -> PyResult<Value> {
        let dict = self.new_dict();
        if let Value::Dict(table) = &dict {
            let mut items = flat.into_iter();
            while let (Some(key), Some(value)) = (items.next(), items.next()) {
                self.dict_set(table, key, value)?;
            }
        }
        Ok(dict)
    }

    pub fn dict_get(&self, dict: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        let comparison = self.comparison();
        let table = dict.table.borrow();
        let found = table
            .get(hash, |stored| {
                stored.is_same(key) || comparison.equal(stored, key, 1)
            })
            .cloned();
        comparison.finish(found)
    }

    pub fn dict_set(&self, dict: &DictObj, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash_value(&key)?;
        let comparison = self.comparison();
        let old = dict
            .table
            .borrow_mut()
            .insert(hash, key, value, |stored, new| {
                stored.is_same(new) || comparison.equal(stored, new, 1)
            });
        drop(old);
        comparison.finish(())
    }

    pub fn dict_remove(&self, dict: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        let comparison = self.comparison();
        let removed = dict.table.borrow_mut().remove(hash, |stored| {
            stored.is_same(key) || comparison.equal(stored, key, 1)
        });
        comparison.finish(removed.map(|(_, value)| value))
    }

    pub fn dict_copy(&mut self, dict: &DictObj) -> Value {
        let copy = self.new_dict();
        if let Value::Dict(target) = &copy {
            let mut table = target.table.borrow_mut();
            for (hash, key, value) in dict.table.borrow().iter_with_hashes() {
                table.insert(hash, key.clone(), value.clone(), |_, _| false);
            }
        }
        copy
    }

    /// `target.update(mapping)` for a dict argument; `merge` makes a repeated
    /// key an error, as `f(**a, **b)` requires.
    pub fn dict_update_from(
        &mut self,
        target: &Value,
        mapping: &Value,
        merge: bool,
    ) -> PyResult<()> {
        let Value::Dict(target) = target else {
            return Ok(());
        };
        let pairs: Vec<(Value, Value)> = match mapping {
            Value::Dict(source) => source
                .table
                .borrow()
                .iter()
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
            other => {
                let message = if merge {
                    format!(
                        "argument after ** must be a mapping, not {}",
                        other.qualified_type_name()
                    )
                } else {
                    format!("'{}' object is not a mapping", other.qualified_type_name())
                };
                return Err(Exc::type_error(message));
            }
        };
        for (key, value) in pairs {
            if merge && self.dict_get(target, &key)?.is_some() {
                let name = match &key {
                    Value::Str(s) => s.as_str().to_owned(),
                    other => self.repr_native(other),
                };
                return Err(Exc::type_error(format!(
                    "got multiple values for keyword argument '{name}'"
                )));
            }
            if merge && !matches!(key, Value::Str(_)) {
                return Err(Exc::type_error("keywords must be strings"));
            }
            self.dict_set(target, key, value)?;
        }
        Ok(())
    }

    pub fn set_add(&self, set: &Value, item: Value) -> PyResult<()> {
        let Value::Set(set) = set else {
            return Ok(());
        };
        let hash = self.hash_value(&item)?;
        let comparison = self.comparison();
        set.table.borrow_mut().insert(hash, item, |stored, new| {
            stored.is_same(new) || comparison.equal(stored, new, 1)
        });
        comparison.finish(())
    }

    pub fn set_contains(&self, set: &Value, item: &Value) -> PyResult<bool> {
        let Value::Set(set) = set else {
            return Ok(false);
        };
        let hash = self.hash_value(item)?;
        let comparison = self.comparison();
        let found = set.table.borrow().contains(hash, |stored| {
            stored.is_same(item) || comparison.equal(stored, item, 1)
        });
        comparison.finish(found)
    }

    pub fn set_remove(&self, set: &SetObj, item: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash_value(item)?;
        let comparison = self.comparison();
        let removed = set.table.borrow_mut().remove(hash, |stored| {
            stored.is_same(item) || comparison.equal(stored, item, 1)
        });
        comparison.finish(removed)
    }

    /// A copy of a set's table (members in the same table order).
    pub fn set_copy(&mut self, set: &SetObj, frozen: bool) -> Value {
        let copy = self.new_set(frozen);
        if let Value::Set(target) = &copy {
            *target.table.borrow_mut() = set.table.borrow().copy();
        }
        copy
    }

    /// `|`, `&`, `-`, `^` on sets, in CPython's member order.
    pub fn set_operator(
        &mut self,
        op: BinOp,
        left: &Value,
        right: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let (Value::Set(a), Value::Set(b)) = (left, right) else {
            return Ok(Value::None);
        };
        let frozen = a.frozen;
        let eq = |stored: &Value, new: &Value| -> Result<bool, Exc> {
            Ok(stored.is_same(new) || self.values_equal(stored, new))
        };
        let result_table = {
            let a_table = a.table.borrow();
            let b_table = b.table.borrow();
            match op {
                BinOp::BitOr => {
                    let mut table = a_table.copy();
                    table.try_update_from_set(&b_table, eq)?;
                    table
                }
                BinOp::BitAnd => a_table.try_intersection(&b_table, eq)?,
                BinOp::Sub => a_table.try_difference(&b_table, eq)?,
                _ => a_table.try_symmetric_difference(&b_table, eq)?,
            }
        };
        if inplace && !frozen {
            *a.table.borrow_mut() = result_table;
            return Ok(left.clone());
        }
        let result = self.new_set(frozen);
        if let Value::Set(target) = &result {
            *target.table.borrow_mut() = result_table;
        }
        Ok(result)
    }
}

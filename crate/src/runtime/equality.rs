//! Equality, hashing, ordering and truth of values, computed natively.

use std::cell::Cell;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::limits::{memory_error, too_deep_in_comparison, MAX_VISITS};
use crate::runtime::objects::TupleObj;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::table::hash;

impl Vm {
    /// `a == b` for values whose equality needs no Python code. Structures
    /// nested too deeply to compare count as unequal; where the program
    /// sees the answer, use [`Vm::values_equal_checked`].
    pub fn values_equal(&self, a: &Value, b: &Value) -> bool {
        self.comparison().equal(a, b, 1)
    }

    /// A comparison bounded by the recursion limit, for the equality tests
    /// of a hash lookup; its `finish` reports structures too deep to tell.
    pub(crate) fn comparison(&self) -> Comparison {
        Comparison::new(self.nesting_allowance())
    }

    /// `a == b`, or CPython's `RecursionError` for structures nested too
    /// deeply to compare.
    pub fn values_equal_checked(&self, a: &Value, b: &Value) -> PyResult<bool> {
        let comparison = self.comparison();
        let equal = comparison.equal(a, b, 1);
        comparison.finish(equal)
    }

    /// `hash(value)`, matching CPython with `PYTHONHASHSEED=0` for the types
    /// whose hash is not an address.
    pub fn hash_value(&self, value: &Value) -> PyResult<i64> {
        Ok(match value {
            Value::None => hash::hash_pointer(0x5f5e100),
            Value::Bool(b) => hash::hash_bool(*b),
            Value::Int(i) => hash::hash_i64(*i),
            Value::BigInt(i) => hash::hash_int(i),
            Value::Float(f) => hash::hash_float(*f, 0),
            Value::Str(text) => match text.cached_hash() {
                Some(hash) => hash,
                None => {
                    let hash = hash::hash_str(text.as_str());
                    text.store_hash(hash);
                    hash
                }
            },
            Value::Tuple(tuple) => self.hash_tuple(tuple)?,
            Value::Set(set) if set.frozen => {
                hash::hash_frozenset(set.table.borrow().iter_with_hashes().map(|(h, _)| h))
            }
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::DictView(_)
            | Value::Slice(_) => return Err(unhashable(value)),
            Value::Instance(instance) => {
                if instance.class.lookup("__eq__").is_some()
                    && instance.class.lookup("__hash__").is_none()
                {
                    return Err(unhashable(value));
                }
                identity_hash(instance.id)
            }
            Value::Ellipsis => hash::hash_pointer(0x5f5e200),
            Value::NotImplemented => hash::hash_pointer(0x5f5e300),
            Value::Builtin(builtin) => {
                hash::hash_pointer(builtin.name.len() as u64 * 0x100 + 0x5f5e400)
            }
            Value::Range(range) => hash::hash_tuple(&[
                hash::hash_i64(range.len()),
                hash::hash_i64(range.start),
                hash::hash_i64(range.step),
            ]),
            other => identity_hash(other.object_id().unwrap_or(0)),
        })
    }

    /// CPython hashes nested tuples without a recursion limit, so this
    /// walks them with a stack of its own rather than recursing; only a
    /// tuple sharing its parts exponentially can exhaust [`MAX_VISITS`].
    fn hash_tuple(&self, tuple: &Rc<TupleObj>) -> PyResult<i64> {
        let mut pending: Vec<(Rc<TupleObj>, Vec<i64>)> = Vec::new();
        let mut current = (tuple.clone(), Vec::with_capacity(tuple.items.len()));
        let mut visits = 0;
        while visits <= MAX_VISITS {
            let (tuple, hashes) = &mut current;
            match tuple.items.get(hashes.len()) {
                Some(Value::Tuple(inner)) => {
                    visits += 1;
                    let inner = (inner.clone(), Vec::with_capacity(inner.items.len()));
                    pending.push(std::mem::replace(&mut current, inner));
                }
                Some(item) => {
                    let item_hash = self.hash_value(item)?;
                    hashes.push(item_hash);
                }
                None => {
                    let tuple_hash = hash::hash_tuple(hashes);
                    match pending.pop() {
                        Some(outer) => {
                            current = outer;
                            current.1.push(tuple_hash);
                        }
                        None => return Ok(tuple_hash),
                    }
                }
            }
        }
        Err(memory_error())
    }

    /// `a < b`, with CPython's `TypeError` for unorderable types.
    pub fn less_than(&self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(self.compare_order(a, b, "<")? == Some(Ordering::Less))
    }

    /// The ordering of two values for `<`, `<=`, `>`, `>=`. `None` means
    /// unordered (a NaN was involved, or sets that are not subsets).
    pub fn compare_order(
        &self,
        a: &Value,
        b: &Value,
        operator: &str,
    ) -> PyResult<Option<Ordering>> {
        let comparison = self.comparison();
        let ordering = comparison.order(a, b, operator, 1)?;
        comparison.finish(ordering)
    }

    /// Truth of values that need no Python code; `None` for objects whose
    /// class defines `__bool__` or `__len__`.
    #[inline]
    pub fn truth_fast(&self, value: &Value) -> Option<bool> {
        Some(match value {
            Value::Bool(b) => *b,
            Value::None => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(list) => !list.items.borrow().is_empty(),
            Value::Tuple(tuple) => !tuple.items.is_empty(),
            Value::Dict(dict) => !dict.table.borrow().is_empty(),
            Value::Set(set) => !set.table.borrow().is_empty(),
            Value::Range(range) => !range.is_empty(),
            Value::DictView(view) => !view.dict.table.borrow().is_empty(),
            Value::Instance(_) => return self.truth_method(value).is_none().then_some(true),
            _ => true,
        })
    }

    /// The method deciding an object's truth: `__bool__`, else `__len__`.
    pub fn truth_method(&self, value: &Value) -> Option<Value> {
        match value {
            Value::Instance(instance) => instance
                .class
                .lookup("__bool__")
                .or_else(|| instance.class.lookup("__len__")),
            _ => None,
        }
    }
}

fn holds_items(value: &Value) -> bool {
    matches!(
        value,
        Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::DictView(_)
    )
}

fn identity_hash(id: u32) -> i64 {
    hash::hash_pointer(0x7f00_0000_0000 + u64::from(id) * 16)
}

pub fn unhashable(value: &Value) -> Exc {
    Exc::type_error(format!(
        "unhashable type: '{}'",
        value.qualified_type_name()
    ))
}

/// A number for cross-type comparison.
pub enum Number {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

pub fn numeric(value: &Value) -> Option<Number> {
    match value {
        Value::Int(i) => Some(Number::Small(*i)),
        Value::Bool(b) => Some(Number::Small(i64::from(*b))),
        Value::BigInt(i) => Some(Number::Int((**i).clone())),
        Value::Float(f) => Some(Number::Float(*f)),
        _ => None,
    }
}

fn numbers_equal(a: &Number, b: &Number) -> bool {
    compare_numbers(a, b) == Some(Ordering::Equal)
}

/// Exact comparison of ints and floats (no rounding of big ints).
pub fn compare_numbers(a: &Number, b: &Number) -> Option<Ordering> {
    match (a, b) {
        (Number::Small(x), Number::Small(y)) => Some(x.cmp(y)),
        (Number::Float(x), Number::Float(y)) => x.partial_cmp(y),
        (Number::Float(x), other) => compare_float_int(*x, &as_bigint(other)),
        (other, Number::Float(y)) => {
            compare_float_int(*y, &as_bigint(other)).map(Ordering::reverse)
        }
        (x, y) => Some(as_bigint(x).cmp(&as_bigint(y))),
    }
}

fn as_bigint(number: &Number) -> BigInt {
    match number {
        Number::Small(i) => BigInt::from(*i),
        Number::Int(i) => i.clone(),
        Number::Float(f) => BigInt::from(*f as i64),
    }
}

fn compare_float_int(x: f64, y: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(small) = y.to_i64() {
        if small.unsigned_abs() < (1u64 << 53) {
            return x.partial_cmp(&(small as f64));
        }
    }
    // Compare exactly: floor(x) against y, then the fractional part.
    let floor = x.floor();
    let floor_int = BigInt::from(floor as i128);
    let floor_int = if floor.abs() < 1e38 {
        floor_int
    } else {
        num_bigint::BigInt::parse_bytes(format!("{floor:.0}").as_bytes(), 10).unwrap_or_default()
    };
    match floor_int.cmp(y) {
        Ordering::Equal if x > floor => Some(Ordering::Greater),
        ordering => Some(ordering),
    }
}

/// One native comparison: how many levels of nesting it may descend
/// into, and whether it had to stop short.
pub(crate) struct Comparison {
    allowance: usize,
    visits: Cell<usize>,
    stopped: Cell<Option<Stop>>,
}

#[derive(Clone, Copy)]
enum Stop {
    TooDeep,
    TooLarge,
}

impl Stop {
    fn error(self) -> Exc {
        match self {
            Stop::TooDeep => too_deep_in_comparison(),
            Stop::TooLarge => memory_error(),
        }
    }
}

impl Comparison {
    fn new(allowance: usize) -> Comparison {
        Comparison {
            allowance,
            visits: Cell::new(0),
            stopped: Cell::new(None),
        }
    }

    /// The answer, unless the structures were too deep or too large to
    /// compare (an equality test inside a hash lookup cannot fail on the
    /// spot, so it records that here).
    pub(crate) fn finish<T>(&self, answer: T) -> PyResult<T> {
        match self.stopped.get() {
            None => Ok(answer),
            Some(stop) => Err(stop.error()),
        }
    }

    /// Whether the comparison must stop at `value`, `level` levels deep;
    /// counts the containers it visits.
    fn stops_at(&self, value: &Value, level: usize) -> Option<Stop> {
        let stop = if level > self.allowance {
            Stop::TooDeep
        } else if holds_items(value) && self.count_visit() > MAX_VISITS {
            Stop::TooLarge
        } else {
            return None;
        };
        self.stopped.set(Some(stop));
        Some(stop)
    }

    fn count_visit(&self) -> usize {
        let visits = self.visits.get() + 1;
        self.visits.set(visits);
        visits
    }

    /// `a == b` at `level`: 1 for the values compared, more inside them.
    pub(crate) fn equal(&self, a: &Value, b: &Value, level: usize) -> bool {
        if self.stops_at(a, level).is_some() {
            return false;
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Tuple(x), Value::Tuple(y)) => {
                std::rc::Rc::ptr_eq(x, y)
                    || (x.items.len() == y.items.len()
                        && x.items
                            .iter()
                            .zip(y.items.iter())
                            .all(|(p, q)| p.is_same(q) || self.equal(p, q, level + 1)))
            }
            (Value::List(x), Value::List(y)) => {
                if std::rc::Rc::ptr_eq(x, y) {
                    return true;
                }
                let (x, y) = (x.items.borrow(), y.items.borrow());
                x.len() == y.len()
                    && x.iter()
                        .zip(y.iter())
                        .all(|(p, q)| p.is_same(q) || self.equal(p, q, level + 1))
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if std::rc::Rc::ptr_eq(x, y) {
                    return true;
                }
                let (x, y) = (x.table.borrow(), y.table.borrow());
                x.len() == y.len()
                    && x.iter_with_hashes().all(|(hash, key, value)| {
                        y.get(hash, |other| {
                            other.is_same(key) || self.equal(other, key, level + 1)
                        })
                        .is_some_and(|other| {
                            other.is_same(value) || self.equal(other, value, level + 1)
                        })
                    })
            }
            (Value::Set(x), Value::Set(y)) => {
                let (x, y) = (x.table.borrow(), y.table.borrow());
                x.len() == y.len()
                    && x.iter_with_hashes().all(|(hash, key)| {
                        y.contains(hash, |other| {
                            other.is_same(key) || self.equal(other, key, level + 1)
                        })
                    })
            }
            (Value::Range(x), Value::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Value::DictView(x), Value::DictView(y)) if x.kind == y.kind => {
                use crate::runtime::objects::DictViewKind;
                match x.kind {
                    DictViewKind::Values => std::rc::Rc::ptr_eq(x, y),
                    _ => {
                        let (dx, dy) = (x.dict.table.borrow(), y.dict.table.borrow());
                        dx.len() == dy.len()
                            && dx.iter_with_hashes().all(|(hash, key, value)| {
                                dy.get(hash, |other| self.equal(other, key, level + 1))
                                    .is_some_and(|other| {
                                        x.kind == DictViewKind::Keys
                                            || self.equal(other, value, level + 1)
                                    })
                            })
                    }
                }
            }
            _ => match (numeric(a), numeric(b)) {
                (Some(x), Some(y)) => numbers_equal(&x, &y),
                _ => a.is_same(b),
            },
        }
    }

    fn order(
        &self,
        a: &Value,
        b: &Value,
        operator: &str,
        level: usize,
    ) -> PyResult<Option<Ordering>> {
        if let Some(stop) = self.stops_at(a, level) {
            return Err(stop.error());
        }
        if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
            return Ok(compare_numbers(&x, &y));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.as_str().cmp(y.as_str()))),
            (Value::Tuple(x), Value::Tuple(y)) => {
                self.order_sequences(&x.items, &y.items, operator, level)
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
                self.order_sequences(&x, &y, operator, level)
            }
            (Value::Set(x), Value::Set(y)) => {
                let (x_table, y_table) = (x.table.borrow(), y.table.borrow());
                let x_in_y = x_table.iter_with_hashes().all(|(hash, key)| {
                    y_table.contains(hash, |other| self.equal(other, key, level + 1))
                });
                let y_in_x = y_table.iter_with_hashes().all(|(hash, key)| {
                    x_table.contains(hash, |other| self.equal(other, key, level + 1))
                });
                Ok(match (x_in_y, y_in_x) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    (false, false) => None,
                })
            }
            _ => Err(Exc::type_error(format!(
                "'{operator}' not supported between instances of '{}' and '{}'",
                a.qualified_type_name(),
                b.qualified_type_name()
            ))),
        }
    }

    fn order_sequences(
        &self,
        x: &[Value],
        y: &[Value],
        operator: &str,
        level: usize,
    ) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if p.is_same(q) || self.equal(p, q, level + 1) {
                continue;
            }
            return self.order(p, q, operator, level + 1);
        }
        Ok(Some(x.len().cmp(&y.len())))
    }
}

//! Operators on values: binary and unary arithmetic, sequence and set
//! operators, comparisons, membership and subscripting.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::runtime::arithmetic::{numeric_op, operand, operator_symbol, small_int_op};
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::Sink;
use crate::runtime::delivery::{Protocol, Requester};
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::limits;
use crate::runtime::objects::{range_len, SliceObj};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

impl Vm {
    pub fn binary_op(
        &mut self,
        op: BinOp,
        left: Value,
        right: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if let (Value::Int(a), Value::Int(b)) = (&left, &right) {
            if let Some(result) = small_int_op(op, *a, *b) {
                return Ok(result);
            }
        }
        if let (Some(a), Some(b)) = (operand(&left), operand(&right)) {
            if let Some(result) = numeric_op(op, a, b) {
                return result;
            }
        }
        if let Some(result) = self.collection_op(op, &left, &right, inplace) {
            return result;
        }
        Err(unsupported_operands(op, &left, &right, inplace))
    }

    fn collection_op(
        &mut self,
        op: BinOp,
        left: &Value,
        right: &Value,
        inplace: bool,
    ) -> Option<PyResult<Value>> {
        Some(match (op, left, right) {
            (BinOp::Add, Value::Str(a), Value::Str(b)) => {
                if let Err(exc) = check_length(a.char_len() + b.char_len(), 1) {
                    return Some(Err(exc));
                }
                let mut text = String::with_capacity(a.as_str().len() + b.as_str().len());
                text.push_str(a.as_str());
                text.push_str(b.as_str());
                Ok(Value::string(text))
            }
            (BinOp::Add, Value::Str(_), other) => Err(Exc::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                other.qualified_type_name()
            ))),
            (BinOp::Mult, Value::Str(text), count) | (BinOp::Mult, count, Value::Str(text)) => {
                let count = repeat_count(count)?;
                match count {
                    Ok(count) => check_length(text.as_str().len(), count)
                        .map(|()| Value::string(text.as_str().repeat(count))),
                    Err(exc) => Err(exc),
                }
            }
            (BinOp::Mod, Value::Str(template), args) => self.printf(template.as_str(), args),
            (BinOp::Add, Value::List(a), Value::List(b)) => {
                let length = a.items.borrow().len() + b.items.borrow().len();
                if let Err(exc) = check_length(length, 1) {
                    return Some(Err(exc));
                }
                let extra = b.items.borrow().clone();
                if inplace {
                    a.items.borrow_mut().extend(extra);
                    Ok(left.clone())
                } else {
                    let mut items = a.items.borrow().clone();
                    items.extend(extra);
                    Ok(self.new_list(items))
                }
            }
            (BinOp::Add, Value::List(_), Value::Range(range))
                if inplace && range.len() as usize > limits::MAX_SEQUENCE_LENGTH =>
            {
                Err(limits::memory_error())
            }
            (BinOp::Add, Value::List(list), other) if inplace => match self.sequence_items(other) {
                Some(items) => {
                    list.items.borrow_mut().extend(items);
                    Ok(left.clone())
                }
                None if self.is_iterable(other) => Err(Exc::not_implemented(
                    "'list += iterator' is not supported by Yieldscope; use list.extend()",
                )),
                None => Err(Exc::type_error(format!(
                    "'{}' object is not iterable",
                    other.qualified_type_name()
                ))),
            },
            (BinOp::Add, Value::List(_), other) => Err(Exc::type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                other.qualified_type_name()
            ))),
            (BinOp::Mult, Value::List(list), count) | (BinOp::Mult, count, Value::List(list)) => {
                let count = match repeat_count(count)? {
                    Ok(count) => count,
                    Err(exc) => return Some(Err(exc)),
                };
                let items = list.items.borrow().clone();
                if let Err(exc) = check_length(items.len(), count) {
                    return Some(Err(exc));
                }
                let repeated: Vec<Value> = (0..count).flat_map(|_| items.iter().cloned()).collect();
                if inplace && matches!(left, Value::List(_)) {
                    *list.items.borrow_mut() = repeated;
                    Ok(left.clone())
                } else {
                    Ok(self.new_list(repeated))
                }
            }
            (BinOp::Add, Value::Tuple(a), Value::Tuple(b)) => {
                if let Err(exc) = check_length(a.items.len() + b.items.len(), 1) {
                    return Some(Err(exc));
                }
                let items: Vec<Value> = a.items.iter().chain(b.items.iter()).cloned().collect();
                Ok(self.new_tuple(items))
            }
            (BinOp::Add, Value::Tuple(_), other) => Err(Exc::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                other.qualified_type_name()
            ))),
            (BinOp::Mult, Value::Tuple(tuple), count)
            | (BinOp::Mult, count, Value::Tuple(tuple)) => {
                let count = match repeat_count(count)? {
                    Ok(count) => count,
                    Err(exc) => return Some(Err(exc)),
                };
                if let Err(exc) = check_length(tuple.items.len(), count) {
                    return Some(Err(exc));
                }
                let items: Vec<Value> = (0..count)
                    .flat_map(|_| tuple.items.iter().cloned())
                    .collect();
                Ok(self.new_tuple(items))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_),
                Value::Set(_),
            ) => self.set_operator(op, left, right, inplace),
            (BinOp::BitOr, Value::Dict(a), Value::Dict(b)) => {
                let target = if inplace {
                    left.clone()
                } else {
                    self.dict_copy(a)
                };
                self.dict_update_from(&target, &Value::Dict(b.clone()), false)
                    .map(|()| target)
            }
            _ => return None,
        })
    }

    /// Items of a list, tuple, str or range, read without Python code.
    pub fn sequence_items(&self, value: &Value) -> Option<Vec<Value>> {
        Some(match value {
            Value::List(list) => list.items.borrow().clone(),
            Value::Tuple(tuple) => tuple.items.to_vec(),
            Value::Str(text) => text
                .as_str()
                .chars()
                .map(|c| Value::string(c.to_string()))
                .collect(),
            Value::Range(range) if range.len() as usize > limits::MAX_SEQUENCE_LENGTH => {
                return None
            }
            Value::Range(range) => (0..range.len())
                .map(|i| Value::Int(range.item(i)))
                .collect(),
            _ => return None,
        })
    }

    pub fn unary_op(&mut self, op: UnaryOp, operand: Value) -> PyResult<Value> {
        match (op, &operand) {
            (UnaryOp::USub, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(negated) => Value::Int(negated),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            }),
            (UnaryOp::USub, Value::BigInt(i)) => Ok(Value::from_bigint(-(**i).clone())),
            (UnaryOp::USub, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::USub, Value::Bool(b)) => Ok(Value::Int(-i64::from(*b))),
            (UnaryOp::UAdd, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(operand),
            (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(i64::from(*b))),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::BigInt(i)) => Ok(Value::from_bigint(!(**i).clone())),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!i64::from(*b))),
            (UnaryOp::Not, value) => Ok(Value::Bool(!self.truth_fast(value).unwrap_or(true))),
            (_, value) => {
                let symbol = match op {
                    UnaryOp::USub => "-",
                    UnaryOp::UAdd => "+",
                    _ => "~",
                };
                Err(Exc::type_error(format!(
                    "bad operand type for unary {symbol}: '{}'",
                    value.qualified_type_name()
                )))
            }
        }
    }

    /// `Compare`: ordering and identity natively; membership may need to
    /// run `__contains__` or consume an iterator.
    pub fn compare_op(&mut self, op: CmpOp, left: Value, right: Value) -> PyResult<Called> {
        let result = match op {
            CmpOp::Eq => self.values_equal_checked(&left, &right)?,
            CmpOp::NotEq => !self.values_equal_checked(&left, &right)?,
            CmpOp::Is => left.is_same(&right),
            CmpOp::IsNot => !left.is_same(&right),
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                let symbol = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                let ordering = self.compare_order(&left, &right, symbol)?;
                match (op, ordering) {
                    (_, None) => false,
                    (CmpOp::Lt, Some(o)) => o == Ordering::Less,
                    (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
                    (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
                    (_, Some(o)) => o != Ordering::Less,
                }
            }
            CmpOp::In | CmpOp::NotIn => return self.contains(right, left, op == CmpOp::NotIn),
        };
        Ok(Called::Value(Value::Bool(result)))
    }

    /// Whether any of `items` is `item` or equal to it.
    fn any_equal<'a>(
        &self,
        items: impl Iterator<Item = &'a Value>,
        item: &Value,
    ) -> PyResult<bool> {
        for candidate in items {
            if candidate.is_same(item) || self.values_equal_checked(candidate, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `item in container` (negated for `not in`).
    pub fn contains(&mut self, container: Value, item: Value, negate: bool) -> PyResult<Called> {
        let found = match &container {
            Value::List(list) => self.any_equal(list.items.borrow().iter(), &item)?,
            Value::Tuple(tuple) => self.any_equal(tuple.items.iter(), &item)?,
            Value::Str(text) => match &item {
                Value::Str(needle) => text.as_str().contains(needle.as_str()),
                other => {
                    return Err(Exc::type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        other.qualified_type_name()
                    )))
                }
            },
            Value::Dict(dict) => self.dict_get(dict, &item)?.is_some(),
            Value::DictView(view) => match view.kind {
                crate::runtime::objects::DictViewKind::Keys => {
                    self.dict_get(&view.dict, &item)?.is_some()
                }
                crate::runtime::objects::DictViewKind::Values => {
                    self.any_equal(view.dict.table.borrow().values(), &item)?
                }
                crate::runtime::objects::DictViewKind::Items => match &item {
                    Value::Tuple(pair) if pair.items.len() == 2 => {
                        match self.dict_get(&view.dict, &pair.items[0])? {
                            Some(value) => self.values_equal_checked(&value, &pair.items[1])?,
                            None => false,
                        }
                    }
                    _ => false,
                },
            },
            Value::Set(_) => self.set_contains(&container, &item)?,
            Value::Range(range) => match &item {
                Value::Int(i) => {
                    let offset = i.wrapping_sub(range.start);
                    let length = range.len();
                    length > 0
                        && offset % range.step == 0
                        && (0..length).contains(&(offset / range.step))
                }
                Value::Bool(b) => {
                    let value = Value::Int(i64::from(*b));
                    return self.contains(container.clone(), value, negate);
                }
                other => {
                    (0..range.len()).any(|i| self.values_equal(&Value::Int(range.item(i)), other))
                }
            },
            Value::Instance(instance) => {
                if let Some(method) = instance.class.lookup("__contains__") {
                    return self.call_with_protocol(
                        method,
                        Args::positional(vec![container.clone(), item]),
                        Protocol::Truth { negate },
                        Requester::Push { default: None },
                    );
                }
                if self.is_iterable(&container) {
                    return self.consume_call(
                        "in",
                        container.clone(),
                        Sink::Contains {
                            needle: item,
                            negate,
                        },
                        &Requester::Push { default: None },
                    );
                }
                return Err(Exc::type_error(format!(
                    "argument of type '{}' is not iterable",
                    instance.class.name
                )));
            }
            Value::Generator(_) | Value::Iterator(_) => {
                return self.consume_call(
                    "in",
                    container.clone(),
                    Sink::Contains {
                        needle: item,
                        negate,
                    },
                    &Requester::Push { default: None },
                )
            }
            other => {
                return Err(Exc::type_error(format!(
                    "argument of type '{}' is not iterable",
                    other.qualified_type_name()
                )))
            }
        };
        Ok(Called::Value(Value::Bool(found != negate)))
    }

    /// `object.__getitem__` for objects whose class defines it, and the
    /// errors for the rest (built-in containers went through
    /// `subscript_fast` already).
    pub fn subscript(&mut self, container: Value, index: Value) -> PyResult<Called> {
        if let Value::Instance(instance) = &container {
            if let Some(method) = instance.class.lookup("__getitem__") {
                return self.call_value(method, Args::positional(vec![container.clone(), index]));
            }
        }
        if let Value::Class(class) = &container {
            // `list[int]` and other generic aliases: typing only.
            if class.is_builtin {
                return Ok(Called::Value(container.clone()));
            }
        }
        match self.subscript_fast(&container, &index)? {
            Some(value) => Ok(Called::Value(value)),
            None => Err(Exc::type_error(format!(
                "'{}' object is not subscriptable",
                container.qualified_type_name()
            ))),
        }
    }

    pub fn store_subscript(
        &mut self,
        container: &Value,
        index: Value,
        value: Value,
    ) -> PyResult<()> {
        match container {
            Value::List(list) => {
                if let Value::Slice(slice) = &index {
                    let replacement = match self.sequence_items(&value) {
                        Some(items) => items,
                        None => {
                            return Err(Exc::type_error("can only assign an iterable"));
                        }
                    };
                    return assign_slice(&mut list.items.borrow_mut(), slice, replacement);
                }
                let mut items = list.items.borrow_mut();
                let position = sequence_index(&index, items.len(), "list")
                    .map_err(|_| Exc::index_error("list assignment index out of range"))?;
                items[position] = value;
                Ok(())
            }
            Value::Dict(dict) => self.dict_set(dict, index, value),
            Value::Instance(instance) if instance.class.lookup("__setitem__").is_some() => Err(
                Exc::not_implemented("__setitem__ methods are not supported by Yieldscope"),
            ),
            other => Err(Exc::type_error(format!(
                "'{}' object does not support item assignment",
                other.qualified_type_name()
            ))),
        }
    }

    pub fn delete_subscript(&mut self, container: &Value, index: Value) -> PyResult<()> {
        match container {
            Value::List(list) => {
                let mut items = list.items.borrow_mut();
                if let Value::Slice(slice) = &index {
                    let (start, stop, step) = slice_indices(slice, items.len())?;
                    let positions = slice_positions(start, stop, step);
                    let mut keep = vec![true; items.len()];
                    for position in positions {
                        keep[position] = false;
                    }
                    let mut flags = keep.into_iter();
                    items.retain(|_| flags.next().unwrap_or(true));
                    return Ok(());
                }
                let position = sequence_index(&index, items.len(), "list")
                    .map_err(|_| Exc::index_error("list assignment index out of range"))?;
                let removed = items.remove(position);
                drop(items);
                drop(removed);
                Ok(())
            }
            Value::Dict(dict) => match self.dict_remove(dict, &index)? {
                Some(_) => Ok(()),
                None => Err(Exc::key_error(index)),
            },
            other => Err(Exc::type_error(format!(
                "'{}' object doesn't support item deletion",
                other.qualified_type_name()
            ))),
        }
    }

    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        let id = self.alloc_id();
        Value::Slice(Rc::new(SliceObj {
            id,
            start,
            stop,
            step,
        }))
    }

    /// Subscripts of built-in containers; `None` when the container is not one
    /// of them.
    pub fn subscript_fast(&mut self, container: &Value, index: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match container {
            Value::List(list) => {
                let items = list.items.borrow();
                if let Value::Slice(slice) = index {
                    let (start, stop, step) = slice_indices(slice, items.len())?;
                    let picked: Vec<Value> = slice_positions(start, stop, step)
                        .map(|i| items[i].clone())
                        .collect();
                    drop(items);
                    return Ok(Some(self.new_list(picked)));
                }
                let position = sequence_index(index, items.len(), "list")?;
                items[position].clone()
            }
            Value::Tuple(tuple) => {
                if let Value::Slice(slice) = index {
                    let (start, stop, step) = slice_indices(slice, tuple.items.len())?;
                    let picked: Vec<Value> = slice_positions(start, stop, step)
                        .map(|i| tuple.items[i].clone())
                        .collect();
                    return Ok(Some(self.new_tuple(picked)));
                }
                let position = sequence_index(index, tuple.items.len(), "tuple")?;
                tuple.items[position].clone()
            }
            Value::Str(text) => {
                if let Value::Slice(slice) = index {
                    let (start, stop, step) = slice_indices(slice, text.char_len())?;
                    let picked: String = if text.is_ascii() {
                        let bytes = text.as_str().as_bytes();
                        slice_positions(start, stop, step)
                            .map(|i| bytes[i] as char)
                            .collect()
                    } else {
                        let chars: Vec<char> = text.as_str().chars().collect();
                        slice_positions(start, stop, step)
                            .map(|i| chars[i])
                            .collect()
                    };
                    return Ok(Some(Value::string(picked)));
                }
                let position = sequence_index(index, text.char_len(), "string")?;
                let c = text.char_at(position).unwrap_or(' ');
                Value::string(c.to_string())
            }
            Value::Range(range) => {
                if let Value::Slice(slice) = index {
                    let length = usize::try_from(range.len()).map_err(|_| {
                        Exc::overflow("range slices beyond the platform's size are not supported by Yieldscope")
                    })?;
                    let (start, stop, step) = slice_indices(slice, length)?;
                    let new_start = range.item(start);
                    let new_step = range.step * step;
                    let count = slice_positions(start, stop, step).count() as i64;
                    let new_stop = new_start + count * new_step;
                    return Ok(Some(self.new_range(new_start, new_stop, new_step)));
                }
                let position = range_index(index, range.len())?;
                Value::Int(range.item(position))
            }
            Value::Dict(dict) => match self.dict_get(dict, index)? {
                Some(value) => value,
                None => return Err(Exc::key_error(index.clone())),
            },
            _ => return Ok(None),
        }))
    }
}

fn repeat_count(count: &Value) -> Option<PyResult<usize>> {
    match count {
        Value::Int(n) => Some(Ok(usize::try_from((*n).max(0)).unwrap_or(usize::MAX))),
        Value::Bool(b) => Some(Ok(usize::from(*b))),
        Value::BigInt(n) => Some(if num_traits::Signed::is_negative(&**n) {
            Ok(0)
        } else {
            Err(Exc::overflow(
                "cannot fit 'int' into an index-sized integer",
            ))
        }),
        Value::Float(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::None => {
            Some(Err(Exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                count.qualified_type_name()
            ))))
        }
        _ => None,
    }
}

fn check_length(item_count: usize, repeat: usize) -> PyResult<()> {
    limits::check_length(item_count.saturating_mul(repeat))
}

fn unsupported_operands(op: BinOp, left: &Value, right: &Value, inplace: bool) -> Exc {
    let symbol = operator_symbol(op);
    let symbol = if inplace {
        format!("{}=", symbol.trim_end_matches(" or pow()"))
    } else {
        symbol.to_owned()
    };
    Exc::type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        left.qualified_type_name(),
        right.qualified_type_name()
    ))
}

/// An index into a range, computed in 64 bits (ranges may be longer than
/// a 32-bit `usize`).
fn range_index(index: &Value, length: i64) -> PyResult<i64> {
    let raw = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => {
            return Err(Exc::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(Exc::type_error(format!(
                "range indices must be integers or slices, not {}",
                other.qualified_type_name()
            )))
        }
    };
    let adjusted = if raw < 0 { raw + length } else { raw };
    if adjusted < 0 || adjusted >= length {
        return Err(Exc::index_error("range object index out of range"));
    }
    Ok(adjusted)
}

/// A normalised index into a sequence of `length` items, with CPython's
/// errors ("list index out of range", "list indices must be integers...").
pub fn sequence_index(index: &Value, length: usize, kind: &str) -> PyResult<usize> {
    let raw = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => {
            return Err(Exc::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            let noun = match kind {
                "string" => "string indices must be integers, not ".to_owned(),
                "range object" => "range indices must be integers or slices, not ".to_owned(),
                _ => format!("{kind} indices must be integers or slices, not "),
            };
            return Err(Exc::type_error(format!(
                "{noun}{}",
                other.qualified_type_name()
            )));
        }
    };
    let adjusted = if raw < 0 { raw + length as i64 } else { raw };
    if adjusted < 0 || adjusted >= length as i64 {
        return Err(Exc::index_error(format!("{kind} index out of range")));
    }
    Ok(adjusted as usize)
}

fn slice_bound(value: &Value) -> PyResult<Option<i64>> {
    match value {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        Value::BigInt(i) => Ok(Some(if num_traits::Signed::is_negative(&**i) {
            i64::MIN
        } else {
            i64::MAX
        })),
        _ => Err(Exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `slice.indices(length)`: CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(slice: &SliceObj, length: usize) -> PyResult<(i64, i64, i64)> {
    let step = slice_bound(&slice.step)?.unwrap_or(1);
    if step == 0 {
        return Err(Exc::value_error("slice step cannot be zero"));
    }
    let length = length as i64;
    let (lower, upper) = if step < 0 {
        (-1, length - 1)
    } else {
        (0, length)
    };
    let clamp = |bound: Option<i64>, default: i64| match bound {
        None => default,
        Some(value) if value < 0 => (value.saturating_add(length)).max(lower),
        Some(value) => value.min(upper),
    };
    let start = clamp(
        slice_bound(&slice.start)?,
        if step < 0 { upper } else { lower },
    );
    let stop = clamp(
        slice_bound(&slice.stop)?,
        if step < 0 { lower } else { upper },
    );
    Ok((start, stop, step))
}

pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let count = range_len(start, stop, step);
    (0..count).map(move |i| (start + i * step) as usize)
}

fn assign_slice(items: &mut Vec<Value>, slice: &SliceObj, replacement: Vec<Value>) -> PyResult<()> {
    let (start, stop, step) = slice_indices(slice, items.len())?;
    if step == 1 {
        let start = start as usize;
        let stop = (stop as usize).max(start);
        items.splice(start..stop, replacement);
        return Ok(());
    }
    let positions: Vec<usize> = slice_positions(start, stop, step).collect();
    if positions.len() != replacement.len() {
        return Err(Exc::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            replacement.len(),
            positions.len()
        )));
    }
    for (position, value) in positions.into_iter().zip(replacement) {
        items[position] = value;
    }
    Ok(())
}

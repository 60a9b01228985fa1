//! `iter()` and `next()` for every built-in iterable, plus the entry points
//! of routines that consume a whole iterable.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::adapters::AdapterTask;
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::{CollectTask, Sink};
use crate::runtime::delivery::{Outcome, Protocol, Requester};
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::native::NativeTask;
use crate::runtime::objects::{DictViewKind, IterState, IteratorObj};
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, Vm};
use crate::syntax::ast::BinOp;

impl Vm {
    pub fn new_iterator(&mut self, state: IterState) -> Value {
        let id = self.alloc_id();
        Value::Iterator(Rc::new(IteratorObj {
            id,
            state: RefCell::new(state),
        }))
    }

    /// `iter(value)` from bytecode.
    pub fn get_iter(&mut self, iterable: Value) -> PyResult<Called> {
        self.get_iter_with(iterable, Requester::Push { default: None })
    }

    pub fn get_iter_with(&mut self, iterable: Value, requester: Requester) -> PyResult<Called> {
        if let Some(state) = self.builtin_iter_state(&iterable) {
            return Ok(Called::Value(self.new_iterator(state)));
        }
        match iterable {
            Value::Generator(_) | Value::Iterator(_) => Ok(Called::Value(iterable)),
            Value::Instance(instance) => {
                if let Some(method) = instance.class.lookup("__iter__") {
                    return self.call_with_protocol(
                        method,
                        Args::positional(vec![Value::Instance(instance)]),
                        Protocol::Iter,
                        requester,
                    );
                }
                if instance.class.lookup("__getitem__").is_some() {
                    let state = IterState::Sequence {
                        target: Value::Instance(instance),
                        index: 0,
                        reversed: false,
                    };
                    return Ok(Called::Value(self.new_iterator(state)));
                }
                Err(not_iterable(&Value::Instance(instance)))
            }
            other => Err(not_iterable(&other)),
        }
    }

    /// The iterator state for built-in iterables (no Python code needed).
    fn builtin_iter_state(&self, iterable: &Value) -> Option<IterState> {
        Some(match iterable {
            Value::List(list) => IterState::List {
                list: list.clone(),
                index: 0,
            },
            Value::Tuple(tuple) => IterState::Tuple {
                tuple: tuple.clone(),
                index: 0,
            },
            Value::Str(text) => IterState::Str {
                text: text.clone(),
                index: 0,
                byte: 0,
            },
            Value::Range(range) => IterState::Range {
                next: range.start,
                stop: range.stop,
                step: range.step,
                remaining: range.len(),
            },
            Value::Dict(dict) => IterState::Dict {
                dict: dict.clone(),
                kind: DictViewKind::Keys,
                position: 0,
                expected_len: dict.table.borrow().len(),
                produced: 0,
            },
            Value::DictView(view) => IterState::Dict {
                dict: view.dict.clone(),
                kind: view.kind,
                position: 0,
                expected_len: view.dict.table.borrow().len(),
                produced: 0,
            },
            Value::Set(set) => IterState::Set {
                set: set.clone(),
                position: 0,
                expected_len: set.table.borrow().len(),
                produced: 0,
            },
            _ => return None,
        })
    }

    pub fn is_iterator(&self, value: &Value) -> bool {
        match value {
            Value::Generator(_) | Value::Iterator(_) => true,
            Value::Instance(instance) => instance.class.lookup("__next__").is_some(),
            _ => false,
        }
    }

    /// The next item of a built-in iterator when no Python code is needed:
    /// `None` means a native routine must drive it.
    pub fn next_immediate(&mut self, iterator: &Rc<IteratorObj>) -> Option<Outcome> {
        if let Some(outcome) = self.next_of_simple_adapter(iterator) {
            return Some(outcome);
        }
        let mut state = iterator.state.borrow_mut();
        let item = match &mut *state {
            IterState::List { list, index } => {
                let item = list.items.borrow().get(*index).cloned();
                if item.is_some() {
                    *index += 1;
                }
                item
            }
            IterState::ListReversed { list, index } => match *index {
                Some(position) => {
                    let item = list.items.borrow().get(position).cloned();
                    *index = position.checked_sub(1);
                    if item.is_none() {
                        *index = None;
                    }
                    item
                }
                None => None,
            },
            IterState::Tuple { tuple, index } => {
                let item = tuple.items.get(*index).cloned();
                if item.is_some() {
                    *index += 1;
                }
                item
            }
            IterState::Str { text, index, byte } => {
                let rest = &text.as_str()[*byte..];
                match rest.chars().next() {
                    Some(c) => {
                        *index += 1;
                        *byte += c.len_utf8();
                        let mut buffer = [0; 4];
                        Some(Value::str(c.encode_utf8(&mut buffer)))
                    }
                    None => None,
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
                ..
            } => {
                if *remaining > 0 {
                    let item = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    Some(Value::Int(item))
                } else {
                    None
                }
            }
            IterState::Dict {
                dict,
                kind,
                position,
                expected_len,
                produced,
            } => {
                let table = dict.table.borrow();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    drop(table);
                    drop(state);
                    return Some(self.fail_outcome(Exc::runtime_error(
                        "dictionary changed size during iteration",
                    )));
                }
                match table.entry_at(*position) {
                    Some((next_position, key, value)) => {
                        *position = next_position;
                        *produced += 1;
                        let (key, value) = (key.clone(), value.clone());
                        let kind = *kind;
                        drop(table);
                        drop(state);
                        let item = match kind {
                            DictViewKind::Keys => key,
                            DictViewKind::Values => value,
                            DictViewKind::Items => self.new_tuple(vec![key, value]),
                        };
                        return Some(Outcome::Item(item));
                    }
                    None => None,
                }
            }
            IterState::Set {
                set,
                position,
                expected_len,
                produced,
            } => {
                let table = set.table.borrow();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    drop(table);
                    drop(state);
                    return Some(
                        self.fail_outcome(Exc::runtime_error("Set changed size during iteration")),
                    );
                }
                match table.next_from(*position) {
                    Some((next_position, _, key)) => {
                        *position = next_position;
                        *produced += 1;
                        Some(key.clone())
                    }
                    None => None,
                }
            }
            IterState::Count { next, step } => {
                let item = next.clone();
                let advanced = match (&item, &*step) {
                    (Value::Int(a), Value::Int(b)) => a.checked_add(*b).map(Value::Int),
                    _ => None,
                };
                let advanced = match advanced {
                    Some(value) => Ok(value),
                    None => self.binary_op(BinOp::Add, item.clone(), step.clone(), false),
                };
                match advanced {
                    Ok(value) => *next = value,
                    Err(exc) => {
                        drop(state);
                        return Some(self.fail_outcome(exc));
                    }
                }
                Some(item)
            }
            IterState::Repeat { value, remaining } => match remaining {
                Some(0) => None,
                Some(count) => {
                    *count -= 1;
                    Some(value.clone())
                }
                None => Some(value.clone()),
            },
            IterState::Cycle {
                source: None,
                saved,
                index,
            } => {
                if saved.is_empty() {
                    None
                } else {
                    let item = saved[*index].clone();
                    *index = (*index + 1) % saved.len();
                    Some(item)
                }
            }
            IterState::Exhausted { .. } => None,
            _ => return None,
        };
        match item {
            Some(item) => Some(Outcome::Item(item)),
            None => {
                // Exhausted built-in iterators let go of their sequence, as
                // CPython's do.
                if !matches!(
                    &*state,
                    IterState::Count { .. } | IterState::Exhausted { .. }
                ) {
                    let type_name = state.type_name();
                    *state = IterState::Exhausted { type_name };
                }
                Some(Outcome::Done(Value::None))
            }
        }
    }

    /// `enumerate` and `zip` over iterators that answer at once (lists,
    /// ranges, ...) need no routine: the common `for i, x in
    /// enumerate(items)` stays on the fast path.
    fn next_of_simple_adapter(&mut self, iterator: &Rc<IteratorObj>) -> Option<Outcome> {
        let (sources, count): (Rc<[Value]>, _) = match &*iterator.state.borrow() {
            IterState::Enumerate { source, count } => {
                (Rc::new([source.clone()]), Some(count.clone()))
            }
            IterState::Zip {
                sources,
                strict: false,
            } => (sources.clone(), None),
            _ => return None,
        };
        if sources.is_empty() || !sources.iter().all(answers_at_once) {
            return None;
        }
        let mut items = Vec::with_capacity(sources.len() + 1);
        if let Some(count) = &count {
            items.push(count.clone());
        }
        for source in sources.iter() {
            let Value::Iterator(source) = source else {
                return None;
            };
            match self.next_immediate(source)? {
                Outcome::Item(item) => items.push(item),
                other => return Some(other),
            }
        }
        if let Some(count) = count {
            let next = match count {
                Value::Int(n) if n < i64::MAX => Value::Int(n + 1),
                other => match self.binary_op(BinOp::Add, other, Value::Int(1), false) {
                    Ok(next) => next,
                    Err(exc) => return Some(self.fail_outcome(exc)),
                },
            };
            if let IterState::Enumerate { count, .. } = &mut *iterator.state.borrow_mut() {
                *count = next;
            }
        }
        Some(Outcome::Item(self.new_tuple(items)))
    }

    fn fail_outcome(&mut self, exc: Exc) -> Outcome {
        Outcome::Error(self.materialize_fresh(exc))
    }

    pub(crate) fn adapter_task(&mut self, iterator: Rc<IteratorObj>) -> NativeTask {
        NativeTask::Adapter(AdapterTask::new(iterator))
    }

    /// Starts consuming `iterable` into `sink` for the requester on top of
    /// the stack.
    pub(crate) fn consume(
        &mut self,
        name: &'static str,
        iterable: Value,
        sink: Sink,
        requester: Requester,
    ) -> Activity {
        let task = NativeTask::Collect(CollectTask::new(name, iterable, sink));
        self.start_native(task, requester)
    }

    /// Consumes `iterable` into `sink` for a method that returns `None`.
    pub(crate) fn consume_for_method(
        &mut self,
        name: &'static str,
        iterable: Value,
        sink: Sink,
        requester: &Requester,
    ) -> PyResult<Called> {
        let task = NativeTask::Collect(CollectTask::new(name, iterable, sink).returning_none());
        Ok(Called::Then(self.start_native(task, requester.clone())))
    }

    /// From a built-in's body: consume an iterable, finishing at once when
    /// no Python code is involved.
    pub(crate) fn consume_call(
        &mut self,
        name: &'static str,
        iterable: Value,
        sink: Sink,
        requester: &Requester,
    ) -> PyResult<Called> {
        if let Some(result) = self.consume_immediately(&iterable, &sink) {
            return result.map(Called::Value);
        }
        Ok(Called::Then(self.consume(
            name,
            iterable,
            sink,
            requester.clone(),
        )))
    }

    /// `list(a_list)` and friends need no routine at all.
    fn consume_immediately(&mut self, iterable: &Value, sink: &Sink) -> Option<PyResult<Value>> {
        let items: Vec<Value> = match iterable {
            Value::List(list) => list.items.borrow().clone(),
            Value::Tuple(tuple) => tuple.items.to_vec(),
            _ => return None,
        };
        match sink {
            Sink::List {
                items: collected,
                tuple,
            } if collected.is_empty() => Some(Ok(if *tuple {
                self.new_tuple(items)
            } else {
                self.new_list(items)
            })),
            _ => None,
        }
    }

    /// `a, b = iterable` when it is not a list or tuple (those are unpacked
    /// inline); the items arrive on the frame's stack, first on top.
    pub(crate) fn unpack_iterable(
        &mut self,
        iterable: Value,
        before: usize,
        after: Option<usize>,
    ) -> Activity {
        if !self.is_iterable(&iterable) {
            let exc = Exc::type_error(format!(
                "cannot unpack non-iterable {} object",
                iterable.qualified_type_name()
            ));
            return self.fail(exc, Requester::PushItems);
        }
        let sink = Sink::Unpack {
            before,
            after,
            items: Vec::new(),
        };
        self.consume("unpack", iterable, sink, Requester::PushItems)
    }

    /// `[*a]`, `{*a}`, `list.extend(a)`: add every item to `target`.
    pub(crate) fn extend_from_iterable(&mut self, target: Value, iterable: Value) -> Activity {
        if let (Value::List(list), Value::List(source)) = (&target, &iterable) {
            let items = source.items.borrow().clone();
            list.items.borrow_mut().extend(items);
            return self.route(Outcome::Value(Value::None), Requester::Discard);
        }
        if !self.is_iterable(&iterable) {
            let exc = match &target {
                Value::List(_) => Exc::type_error(format!(
                    "Value after * must be an iterable, not {}",
                    iterable.qualified_type_name()
                )),
                _ => not_iterable(&iterable),
            };
            return self.fail(exc, Requester::Discard);
        }
        self.consume("extend", iterable, Sink::Into(target), Requester::Discard)
    }

    pub fn is_iterable(&self, value: &Value) -> bool {
        match value {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::DictView(_)
            | Value::Set(_)
            | Value::Generator(_)
            | Value::Iterator(_) => true,
            Value::Instance(instance) => {
                instance.class.lookup("__iter__").is_some()
                    || instance.class.lookup("__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// Adds one item to a list or set being filled by a routine.
    pub(crate) fn add_to_collection(&mut self, target: &Value, item: Value) -> PyResult<()> {
        match target {
            Value::List(list) => {
                list.items.borrow_mut().push(item);
                Ok(())
            }
            Value::Set(_) => self.set_add(target, item),
            Value::Dict(dict) => {
                self.dict_set(dict, item, Value::None)?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// One `(key, value)` pair for `dict(pairs)` / `dict.update(pairs)`.
    pub(crate) fn add_pair(&mut self, dict: &Value, item: Value, position: usize) -> PyResult<()> {
        let pair: Vec<Value> = match &item {
            Value::Tuple(tuple) => tuple.items.to_vec(),
            Value::List(list) => list.items.borrow().clone(),
            Value::Str(text) => text
                .as_str()
                .chars()
                .map(|c| Value::string(c.to_string()))
                .collect(),
            _ => {
                return Err(Exc::type_error(format!(
                    "cannot convert dictionary update sequence element #{position} to a sequence"
                )))
            }
        };
        if pair.len() != 2 {
            return Err(Exc::value_error(format!(
                "dictionary update sequence element #{position} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (Some(key), Some(value)) = (pair.next(), pair.next()) else {
            return Ok(());
        };
        if let Value::Dict(dict) = dict {
            self.dict_set(dict, key, value)?;
        }
        Ok(())
    }
}

/// Iterators whose next item needs no Python code and no routine.
fn answers_at_once(value: &Value) -> bool {
    let Value::Iterator(iterator) = value else {
        return false;
    };
    matches!(
        &*iterator.state.borrow(),
        IterState::List { .. }
            | IterState::ListReversed { .. }
            | IterState::Tuple { .. }
            | IterState::Str { .. }
            | IterState::Range { .. }
            | IterState::Dict { .. }
            | IterState::Set { .. }
            | IterState::Count { .. }
            | IterState::Repeat { .. }
            | IterState::Cycle { source: None, .. }
            | IterState::Exhausted { .. }
    )
}

pub fn not_iterable(value: &Value) -> Exc {
    Exc::type_error(format!(
        "'{}' object is not iterable",
        value.qualified_type_name()
    ))
}

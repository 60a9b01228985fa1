//! One `__next__` of an iterator adapter (`map`, `filter`, `zip`,
//! `enumerate` and the lazy `itertools`) whose sources or functions may be
//! Python code. The adapter's lasting state lives in its `IteratorObj`;
//! this task holds only what one call gathers along the way.

use std::rc::Rc;

use crate::runtime::delivery::{Outcome, Protocol};
use crate::runtime::exceptions::Exc;
use crate::runtime::native::Step;
use crate::runtime::objects::{IterState, IteratorObj};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

pub struct AdapterTask {
    pub(crate) iterator: Rc<IteratorObj>,
    pub(crate) phase: Phase,
}

pub(crate) enum Phase {
    Start,
    /// Waiting for an item from source number `index` (zip, map,
    /// zip_longest), with the items gathered so far.
    Gathering {
        items: Vec<Value>,
        index: usize,
    },
    /// Waiting for the single source's next item.
    AwaitingItem,
    /// Waiting for a function or predicate applied to `item`.
    AwaitingCall {
        item: Value,
    },
    /// Waiting for the truth of a predicate's result about `item`.
    AwaitingTruth {
        item: Value,
    },
    /// `islice` discarding items before the next one it yields.
    Skipping,
    /// `chain` waiting for `iter()` of its next iterable.
    AwaitingIter,
    /// `zip(strict=True)` checking that the later sources are exhausted
    /// too after the first one ended.
    CheckingRest {
        index: usize,
    },
}

impl AdapterTask {
    pub fn new(iterator: Rc<IteratorObj>) -> AdapterTask {
        AdapterTask {
            iterator,
            phase: Phase::Start,
        }
    }

    pub fn name(&self) -> &'static str {
        self.iterator.state.borrow().type_name()
    }

    fn exhaust(&self) {
        let name = self.iterator.state.borrow().type_name();
        *self.iterator.state.borrow_mut() = IterState::Exhausted { type_name: name };
    }

    pub fn step(&mut self, vm: &mut Vm, input: Outcome) -> Step {
        if let Outcome::Error(exception) = input {
            return Step::Complete(Outcome::Error(exception));
        }
        let phase = std::mem::replace(&mut self.phase, Phase::Start);
        let mut state = self.iterator.state.borrow_mut();
        match &mut *state {
            IterState::Enumerate { source, count } => match (phase, input) {
                (Phase::Start, _) => {
                    let source = source.clone();
                    drop(state);
                    self.phase = Phase::AwaitingItem;
                    Step::Next(source)
                }
                (_, Outcome::Item(item)) => {
                    let index = count.clone();
                    let next = match vm.binary_op(BinOp::Add, index.clone(), Value::Int(1), false) {
                        Ok(next) => next,
                        Err(exc) => return fail(vm, exc),
                    };
                    *count = next;
                    drop(state);
                    let pair = vm.new_tuple(vec![index, item]);
                    Step::Complete(Outcome::Item(pair))
                }
                _ => Step::Complete(Outcome::Done(Value::None)),
            },
            IterState::Zip { sources, strict } => {
                let sources = sources.clone();
                let strict = *strict;
                drop(state);
                self.zip_step(vm, sources, strict, phase, input)
            }
            IterState::Map { function, sources } => {
                let function = function.clone();
                let sources = sources.clone();
                drop(state);
                match phase {
                    Phase::AwaitingCall { .. } => match input {
                        Outcome::Value(value) => Step::Complete(Outcome::Item(value)),
                        _ => Step::Complete(Outcome::Done(Value::None)),
                    },
                    phase => match self.gather(&sources, phase, input) {
                        Gathered::Waiting(step) => step,
                        Gathered::Ended => Step::Complete(Outcome::Done(Value::None)),
                        Gathered::All(items) => {
                            self.phase = Phase::AwaitingCall { item: Value::None };
                            Step::Call(function, crate::runtime::calls::Args::positional(items))
                        }
                    },
                }
            }
            IterState::Filter { predicate, source } => {
                let predicate = predicate.clone();
                let source = source.clone();
                drop(state);
                match (phase, input) {
                    (Phase::Start, _) => self.await_item(source),
                    (Phase::AwaitingItem, Outcome::Item(item)) => {
                        if predicate.is_none() {
                            self.decide_truth(vm, item.clone(), item, source, true)
                        } else {
                            self.phase = Phase::AwaitingCall { item: item.clone() };
                            Step::Call(
                                predicate,
                                crate::runtime::calls::Args::positional(vec![item]),
                            )
                        }
                    }
                    (Phase::AwaitingCall { item }, Outcome::Value(result))
                    | (Phase::AwaitingTruth { item }, Outcome::Value(result)) => {
                        self.decide_truth(vm, result, item, source, true)
                    }
                    _ => Step::Complete(Outcome::Done(Value::None)),
                }
            }
            IterState::TakeWhile { predicate, source } => {
                let predicate = predicate.clone();
                let source = source.clone();
                drop(state);
                match (phase, input) {
                    (Phase::Start, _) => self.await_item(source),
                    (Phase::AwaitingItem, Outcome::Item(item)) => {
                        self.phase = Phase::AwaitingCall { item: item.clone() };
                        Step::Call(
                            predicate,
                            crate::runtime::calls::Args::positional(vec![item]),
                        )
                    }
                    (Phase::AwaitingCall { item }, Outcome::Value(result))
                    | (Phase::AwaitingTruth { item }, Outcome::Value(result)) => {
                        match vm.truth_fast(&result) {
                            Some(true) => Step::Complete(Outcome::Item(item)),
                            Some(false) => {
                                self.exhaust();
                                Step::Complete(Outcome::Done(Value::None))
                            }
                            None => {
                                self.phase = Phase::AwaitingTruth { item };
                                truth_step(vm, result)
                            }
                        }
                    }
                    _ => Step::Complete(Outcome::Done(Value::None)),
                }
            }
            IterState::DropWhile {
                predicate,
                source,
                dropping,
            } => {
                let predicate = predicate.clone();
                let source = source.clone();
                let still_dropping = *dropping;
                drop(state);
                match (phase, input) {
                    (Phase::Start, _) => self.await_item(source),
                    (Phase::AwaitingItem, Outcome::Item(item)) => {
                        if still_dropping {
                            self.phase = Phase::AwaitingCall { item: item.clone() };
                            Step::Call(
                                predicate,
                                crate::runtime::calls::Args::positional(vec![item]),
                            )
                        } else {
                            Step::Complete(Outcome::Item(item))
                        }
                    }
                    (Phase::AwaitingCall { item }, Outcome::Value(result))
                    | (Phase::AwaitingTruth { item }, Outcome::Value(result)) => {
                        match vm.truth_fast(&result) {
                            Some(true) => self.await_item(source),
                            Some(false) => {
                                if let IterState::DropWhile { dropping, .. } =
                                    &mut *self.iterator.state.borrow_mut()
                                {
                                    *dropping = false;
                                }
                                Step::Complete(Outcome::Item(item))
                            }
                            None => {
                                self.phase = Phase::AwaitingTruth { item };
                                truth_step(vm, result)
                            }
                        }
                    }
                    _ => Step::Complete(Outcome::Done(Value::None)),
                }
            }
            IterState::Islice {
                source,
                next_index,
                consumed,
                stop,
                step,
            } => {
                // CPython's islice_next: skip up to `next_index`, and stop
                // without pulling another item once `stop` is reached.
                let source = source.clone();
                match (phase, input) {
                    (Phase::AwaitingItem, Outcome::Item(item)) => {
                        *consumed += 1;
                        let old = *next_index;
                        *next_index = next_index.saturating_add(*step);
                        if *next_index < old || stop.is_some_and(|stop| *next_index > stop) {
                            *next_index = stop.unwrap_or(*next_index);
                        }
                        drop(state);
                        Step::Complete(Outcome::Item(item))
                    }
                    (Phase::AwaitingItem, _) | (Phase::Skipping, Outcome::Done(_)) => {
                        drop(state);
                        self.exhaust();
                        Step::Complete(Outcome::Done(Value::None))
                    }
                    (phase, input) => {
                        if matches!((phase, input), (Phase::Skipping, Outcome::Item(_))) {
                            *consumed += 1;
                        }
                        if *consumed < *next_index {
                            drop(state);
                            self.phase = Phase::Skipping;
                            Step::Next(source)
                        } else if stop.is_some_and(|stop| *consumed >= stop) {
                            drop(state);
                            self.exhaust();
                            Step::Complete(Outcome::Done(Value::None))
                        } else {
                            drop(state);
                            self.await_item(source)
                        }
                    }
                }
            }
            IterState::Chain { iterables, current } => match (phase, input) {
                (Phase::AwaitingItem, Outcome::Item(item)) => Step::Complete(Outcome::Item(item)),
                (Phase::AwaitingItem, _) => {
                    *current = None;
                    let iterables = iterables.clone();
                    drop(state);
                    self.phase = Phase::AwaitingIter;
                    Step::Next(iterables)
                }
                (Phase::AwaitingIter, Outcome::Item(iterable)) => {
                    drop(state);
                    self.phase = Phase::Gathering {
                        items: Vec::new(),
                        index: usize::MAX,
                    };
                    Step::Iter(iterable)
                }
                (Phase::Gathering { .. }, Outcome::Value(iterator)) => {
                    *current = Some(iterator.clone());
                    drop(state);
                    self.phase = Phase::AwaitingItem;
                    Step::Next(iterator)
                }
                (Phase::Start, _) => match current.clone() {
                    Some(current) => {
                        drop(state);
                        self.phase = Phase::AwaitingItem;
                        Step::Next(current)
                    }
                    None => {
                        let iterables = iterables.clone();
                        drop(state);
                        self.phase = Phase::AwaitingIter;
                        Step::Next(iterables)
                    }
                },
                _ => {
                    drop(state);
                    self.exhaust();
                    Step::Complete(Outcome::Done(Value::None))
                }
            },
            IterState::Cycle {
                source,
                saved,
                index,
            } => match (phase, input) {
                (Phase::AwaitingItem, Outcome::Item(item)) => {
                    saved.push(item.clone());
                    Step::Complete(Outcome::Item(item))
                }
                (Phase::AwaitingItem, _) => {
                    *source = None;
                    match saved.first().cloned() {
                        Some(first) => {
                            *index = 1 % saved.len();
                            Step::Complete(Outcome::Item(first))
                        }
                        None => Step::Complete(Outcome::Done(Value::None)),
                    }
                }
                _ => match source.clone() {
                    Some(source) => {
                        drop(state);
                        self.await_item(source)
                    }
                    None => Step::Complete(Outcome::Done(Value::None)),
                },
            },
            IterState::Accumulate {
                source,
                function,
                total,
                initial,
            } => match (phase, input) {
                (Phase::Start, _) => {
                    if let Some(initial) = initial.take() {
                        *total = Some(initial.clone());
                        return Step::Complete(Outcome::Item(initial));
                    }
                    let source = source.clone();
                    drop(state);
                    self.await_item(source)
                }
                (Phase::AwaitingItem, Outcome::Item(item)) => {
                    match (total.clone(), function.clone()) {
                        (None, _) => {
                            *total = Some(item.clone());
                            Step::Complete(Outcome::Item(item))
                        }
                        (Some(running), Some(function)) => {
                            drop(state);
                            self.phase = Phase::AwaitingCall { item: Value::None };
                            Step::Call(
                                function,
                                crate::runtime::calls::Args::positional(vec![running, item]),
                            )
                        }
                        (Some(running), None) => {
                            drop(state);
                            match vm.binary_op(BinOp::Add, running, item, false) {
                                Ok(sum) => {
                                    if let IterState::Accumulate { total, .. } =
                                        &mut *self.iterator.state.borrow_mut()
                                    {
                                        *total = Some(sum.clone());
                                    }
                                    Step::Complete(Outcome::Item(sum))
                                }
                                Err(exc) => fail(vm, exc),
                            }
                        }
                    }
                }
                (Phase::AwaitingCall { .. }, Outcome::Value(result)) => {
                    *total = Some(result.clone());
                    Step::Complete(Outcome::Item(result))
                }
                _ => Step::Complete(Outcome::Done(Value::None)),
            },
            IterState::ZipLongest { sources, fill } => {
                let fill = fill.clone();
                let (mut items, mut index) = match phase {
                    Phase::Gathering { mut items, index } => {
                        // `input` answers source `index`.
                        match input {
                            Outcome::Item(item) => items.push(item),
                            _ => {
                                sources[index] = None;
                                if sources.iter().all(Option::is_none) {
                                    return Step::Complete(Outcome::Done(Value::None));
                                }
                                items.push(fill.clone());
                            }
                        }
                        (items, index + 1)
                    }
                    _ => {
                        if sources.iter().all(Option::is_none) {
                            return Step::Complete(Outcome::Done(Value::None));
                        }
                        (Vec::new(), 0)
                    }
                };
                while index < sources.len() {
                    match &sources[index] {
                        Some(source) => {
                            let source = source.clone();
                            drop(state);
                            self.phase = Phase::Gathering { items, index };
                            return Step::Next(source);
                        }
                        None => {
                            items.push(fill.clone());
                            index += 1;
                        }
                    }
                }
                drop(state);
                let tuple = vm.new_tuple(items);
                Step::Complete(Outcome::Item(tuple))
            }
            IterState::Sequence {
                target,
                index,
                reversed,
            } => match (phase, input) {
                (Phase::AwaitingCall { .. }, Outcome::Item(item)) => {
                    *index += if *reversed { -1 } else { 1 };
                    Step::Complete(Outcome::Item(item))
                }
                (Phase::AwaitingCall { .. }, _) => {
                    drop(state);
                    self.exhaust();
                    Step::Complete(Outcome::Done(Value::None))
                }
                _ => {
                    if *index < 0 {
                        drop(state);
                        self.exhaust();
                        return Step::Complete(Outcome::Done(Value::None));
                    }
                    let target = target.clone();
                    let position = Value::Int(*index);
                    drop(state);
                    match vm.class_attribute(&target, "__getitem__") {
                        Some(method) => {
                            self.phase = Phase::AwaitingCall { item: Value::None };
                            Step::CallProtocol(
                                method,
                                crate::runtime::calls::Args::positional(vec![target, position]),
                                Protocol::SequenceItem,
                            )
                        }
                        None => {
                            self.exhaust();
                            Step::Complete(Outcome::Done(Value::None))
                        }
                    }
                }
            },
            IterState::Callable { function, sentinel } => match (phase, input) {
                (Phase::AwaitingCall { .. }, Outcome::Value(value)) => {
                    let sentinel = sentinel.clone();
                    drop(state);
                    if vm.values_equal(&value, &sentinel) {
                        self.exhaust();
                        Step::Complete(Outcome::Done(Value::None))
                    } else {
                        Step::Complete(Outcome::Item(value))
                    }
                }
                _ => {
                    let function = function.clone();
                    drop(state);
                    self.phase = Phase::AwaitingCall { item: Value::None };
                    Step::Call(function, crate::runtime::calls::Args::default())
                }
            },
            _ => {
                // The simple iterators never need a task; answer directly.
                drop(state);
                match vm.next_immediate(&self.iterator) {
                    Some(outcome) => Step::Complete(outcome),
                    None => Step::Complete(Outcome::Done(Value::None)),
                }
            }
        }
    }

    fn await_item(&mut self, source: Value) -> Step {
        self.phase = Phase::AwaitingItem;
        Step::Next(source)
    }

    /// Filter's decision once it knows how truthy `result` is.
    fn decide_truth(
        &mut self,
        vm: &mut Vm,
        result: Value,
        item: Value,
        source: Value,
        keep_if: bool,
    ) -> Step {
        match vm.truth_fast(&result) {
            Some(truth) if truth == keep_if => Step::Complete(Outcome::Item(item)),
            Some(_) => self.await_item(source),
            None => {
                self.phase = Phase::AwaitingTruth { item };
                truth_step(vm, result)
            }
        }
    }

    /// Collects one item from each source in turn (zip, map).
    fn gather(&mut self, sources: &[Value], phase: Phase, input: Outcome) -> Gathered {
        let (mut items, index) = match phase {
            Phase::Gathering { items, index } => (items, index),
            _ => (Vec::new(), usize::MAX),
        };
        if index != usize::MAX {
            match input {
                Outcome::Item(item) => items.push(item),
                _ => return Gathered::Ended,
            }
        }
        if items.len() < sources.len() {
            let next = items.len();
            self.phase = Phase::Gathering { items, index: next };
            return Gathered::Waiting(Step::Next(sources[next].clone()));
        }
        if sources.is_empty() {
            return Gathered::Ended;
        }
        Gathered::All(items)
    }

    fn zip_step(
        &mut self,
        vm: &mut Vm,
        sources: Rc<[Value]>,
        strict: bool,
        phase: Phase,
        input: Outcome,
    ) -> Step {
        if let Phase::CheckingRest { index } = phase {
            return match input {
                Outcome::Item(_) => fail(vm, Exc::value_error(zip_length_message(index, "longer"))),
                _ => self.check_rest(&sources, index + 1),
            };
        }
        let gathered_before = match &phase {
            Phase::Gathering { items, .. } => items.len(),
            _ => 0,
        };
        match self.gather(&sources, phase, input) {
            Gathered::Waiting(step) => step,
            Gathered::All(items) => {
                let tuple = vm.new_tuple(items);
                Step::Complete(Outcome::Item(tuple))
            }
            Gathered::Ended => {
                if !strict || sources.is_empty() {
                    return Step::Complete(Outcome::Done(Value::None));
                }
                if gathered_before > 0 {
                    return fail(
                        vm,
                        Exc::value_error(zip_length_message(gathered_before, "shorter")),
                    );
                }
                self.check_rest(&sources, 1)
            }
        }
    }

    fn check_rest(&mut self, sources: &[Value], index: usize) -> Step {
        if index >= sources.len() {
            return Step::Complete(Outcome::Done(Value::None));
        }
        self.phase = Phase::CheckingRest { index };
        Step::Next(sources[index].clone())
    }
}

enum Gathered {
    Waiting(Step),
    All(Vec<Value>),
    Ended,
}

fn fail(vm: &mut Vm, exc: Exc) -> Step {
    Step::Complete(Outcome::Error(vm.materialize_fresh(exc)))
}

/// Asks an object's `__bool__` (or `__len__`) for its truth.
pub(crate) fn truth_step(vm: &mut Vm, value: Value) -> Step {
    match vm.truth_method(&value) {
        Some(method) => Step::CallProtocol(
            method,
            crate::runtime::calls::Args::positional(vec![value]),
            Protocol::Truth { negate: false },
        ),
        None => Step::Complete(Outcome::Value(Value::Bool(true))),
    }
}

/// `zip() argument 2 is shorter than argument 1` and its plural forms.
fn zip_length_message(index: usize, relation: &str) -> String {
    let argument = index + 1;
    if index == 1 {
        format!("zip() argument {argument} is {relation} than argument 1")
    } else {
        format!("zip() argument {argument} is {relation} than arguments 1-{index}")
    }
}

//! Built-ins that consume a whole iterable — `list()`, `sum()`, `max()`,
//! `sorted()`, `any()`, `str.join`, unpacking, `in` — written once as a
//! loop over "next item" with a pluggable sink.

use std::rc::Rc;

use crate::runtime::adapters::truth_step;
use crate::runtime::calls::Args;
use crate::runtime::delivery::Outcome;
use crate::runtime::exceptions::Exc;
use crate::runtime::interpreter::check_unpack_count;
use crate::runtime::native::Step;
use crate::runtime::objects::PyStr;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

pub enum Sink {
    /// `list(it)`, `tuple(it)`, `[*it]`
    List {
        items: Vec<Value>,
        tuple: bool,
    },
    /// Adds to an existing list, set or dict (`extend`, `update`, `set(it)`).
    Into(Value),
    /// `dict(pairs)`: each item must be a pair.
    DictPairs {
        dict: Value,
        index: usize,
    },
    Sum {
        total: Value,
    },
    MinMax {
        best: Option<(Value, Value)>,
        key: Option<Value>,
        is_max: bool,
        default: Option<Value>,
    },
    Sorted {
        items: Vec<(Value, Value)>,
        key: Option<Value>,
        reverse: bool,
        /// `list.sort()`: the list to refill in place.
        in_place: Option<Value>,
    },
    /// `any` (wants a truthy item) or `all` (wants a falsy one).
    AnyAll {
        any: bool,
    },
    Join {
        separator: Rc<PyStr>,
        text: String,
        count: usize,
    },
    Contains {
        needle: Value,
        negate: bool,
    },
    Unpack {
        before: usize,
        after: Option<usize>,
        items: Vec<Value>,
    },
}

pub(crate) enum Phase {
    Start,
    AwaitingIterator,
    AwaitingItem,
    /// Waiting for `key(item)`.
    AwaitingKey(Value),
    /// Waiting for the truth of `item` (`any`/`all` over objects).
    AwaitingTruth,
}

pub struct CollectTask {
    pub(crate) name: &'static str,
    /// Methods like `list.extend` return `None`, not what they filled.
    pub(crate) returns_none: bool,
    pub(crate) iterable: Option<Value>,
    pub(crate) iterator: Value,
    pub(crate) sink: Sink,
    pub(crate) phase: Phase,
}

enum Flow {
    More,
    Finish(Outcome),
    Wait(Step),
}

impl CollectTask {
    pub fn new(name: &'static str, iterable: Value, sink: Sink) -> CollectTask {
        CollectTask {
            name,
            returns_none: false,
            iterable: Some(iterable),
            iterator: Value::None,
            sink,
            phase: Phase::Start,
        }
    }

    pub fn returning_none(mut self) -> CollectTask {
        self.returns_none = true;
        self
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn step(&mut self, vm: &mut Vm, input: Outcome) -> Step {
        if let Outcome::Error(exception) = input {
            return Step::Complete(Outcome::Error(exception));
        }
        let phase = std::mem::replace(&mut self.phase, Phase::AwaitingItem);
        let flow = match (phase, input) {
            (Phase::Start, _) => {
                let iterable = self.iterable.take().unwrap_or(Value::None);
                // Built-in iterators are their own iterators; an object's
                // `__iter__` must run even when it has `__next__` too.
                if matches!(iterable, Value::Generator(_) | Value::Iterator(_)) {
                    self.iterator = iterable;
                    Flow::More
                } else {
                    self.phase = Phase::AwaitingIterator;
                    Flow::Wait(Step::Iter(iterable))
                }
            }
            (Phase::AwaitingIterator, Outcome::Value(iterator)) => {
                self.iterator = iterator;
                Flow::More
            }
            (Phase::AwaitingItem, Outcome::Item(item)) => self.accept(vm, item),
            (Phase::AwaitingItem, _) => self.finish(vm),
            (Phase::AwaitingKey(item), Outcome::Value(key)) => self.accept_keyed(vm, key, item),
            (Phase::AwaitingTruth, Outcome::Value(truth)) => {
                let truth = vm.truth_fast(&truth).unwrap_or(true);
                self.accept_truth(truth)
            }
            _ => self.finish(vm),
        };
        match flow {
            Flow::More => {
                self.phase = Phase::AwaitingItem;
                Step::Next(self.iterator.clone())
            }
            Flow::Finish(outcome) => Step::Complete(outcome),
            Flow::Wait(step) => step,
        }
    }

    fn accept(&mut self, vm: &mut Vm, item: Value) -> Flow {
        match &mut self.sink {
            Sink::List { items, .. } => {
                items.push(item);
                Flow::More
            }
            Sink::Into(target) => {
                let target = target.clone();
                match vm.add_to_collection(&target, item) {
                    Ok(()) => Flow::More,
                    Err(exc) => fail(vm, exc),
                }
            }
            Sink::DictPairs { dict, index } => {
                let dict = dict.clone();
                let position = *index;
                *index += 1;
                match vm.add_pair(&dict, item, position) {
                    Ok(()) => Flow::More,
                    Err(exc) => fail(vm, exc),
                }
            }
            Sink::Sum { total } => {
                let running = std::mem::replace(total, Value::None);
                let sum = match (&running, &item) {
                    (Value::Int(a), Value::Int(b)) => a.checked_add(*b).map(Value::Int),
                    (Value::Float(a), Value::Float(b)) => Some(Value::Float(a + b)),
                    _ => None,
                };
                let sum = match sum {
                    Some(sum) => Ok(sum),
                    None => vm.binary_op(BinOp::Add, running, item, false),
                };
                match sum {
                    Ok(sum) => {
                        if let Sink::Sum { total } = &mut self.sink {
                            *total = sum;
                        }
                        Flow::More
                    }
                    Err(exc) => fail(vm, exc),
                }
            }
            Sink::MinMax { key: Some(key), .. } | Sink::Sorted { key: Some(key), .. } => {
                let key = key.clone();
                self.phase = Phase::AwaitingKey(item.clone());
                Flow::Wait(Step::Call(key, Args::positional(vec![item])))
            }
            Sink::MinMax { .. } | Sink::Sorted { .. } => self.accept_keyed(vm, item.clone(), item),
            Sink::AnyAll { .. } => match vm.truth_fast(&item) {
                Some(truth) => self.accept_truth(truth),
                None => {
                    self.phase = Phase::AwaitingTruth;
                    Flow::Wait(truth_step(vm, item))
                }
            },
            Sink::Join {
                separator,
                text,
                count,
            } => match &item {
                Value::Str(piece) => {
                    if *count > 0 {
                        text.push_str(separator.as_str());
                    }
                    text.push_str(piece.as_str());
                    *count += 1;
                    Flow::More
                }
                other => {
                    let message = format!(
                        "sequence item {count}: expected str instance, {} found",
                        other.qualified_type_name()
                    );
                    fail(vm, Exc::type_error(message))
                }
            },
            Sink::Contains { needle, negate } => {
                let found = if item.is_same(needle) {
                    Ok(true)
                } else {
                    vm.values_equal_checked(&item, needle)
                };
                match found {
                    Ok(true) => Flow::Finish(Outcome::Value(Value::Bool(!*negate))),
                    Ok(false) => Flow::More,
                    Err(exc) => fail(vm, exc),
                }
            }
            Sink::Unpack {
                before,
                after,
                items,
            } => {
                items.push(item);
                // Without a starred target, stop pulling as soon as one
                // item too many has arrived, as CPython does.
                if after.is_none() && items.len() > *before {
                    let expected = *before;
                    return fail(
                        vm,
                        Exc::value_error(format!(
                            "too many values to unpack (expected {expected})"
                        )),
                    );
                }
                Flow::More
            }
        }
    }

    /// An item with its sort/comparison key.
    fn accept_keyed(&mut self, vm: &mut Vm, key: Value, item: Value) -> Flow {
        match &mut self.sink {
            Sink::Sorted { items, .. } => {
                items.push((key, item));
                Flow::More
            }
            Sink::MinMax { best, is_max, .. } => {
                let replace = match best {
                    None => Ok(true),
                    Some((best_key, _)) => {
                        let (left, right) = if *is_max {
                            (best_key.clone(), key.clone())
                        } else {
                            (key.clone(), best_key.clone())
                        };
                        vm.less_than(&left, &right)
                    }
                };
                match replace {
                    Ok(true) => {
                        if let Sink::MinMax { best, .. } = &mut self.sink {
                            *best = Some((key, item));
                        }
                        Flow::More
                    }
                    Ok(false) => Flow::More,
                    Err(exc) => fail(vm, exc),
                }
            }
            _ => Flow::More,
        }
    }

    fn accept_truth(&mut self, truth: bool) -> Flow {
        match &self.sink {
            Sink::AnyAll { any: true } if truth => Flow::Finish(Outcome::Value(Value::Bool(true))),
            Sink::AnyAll { any: false } if !truth => {
                Flow::Finish(Outcome::Value(Value::Bool(false)))
            }
            _ => Flow::More,
        }
    }

    fn finish(&mut self, vm: &mut Vm) -> Flow {
        let sink = std::mem::replace(&mut self.sink, Sink::AnyAll { any: true });
        let result = match sink {
            Sink::List { items, tuple } => Ok(if tuple {
                vm.new_tuple(items)
            } else {
                vm.new_list(items)
            }),
            Sink::Into(target) => Ok(target),
            Sink::DictPairs { dict, .. } => Ok(dict),
            Sink::Sum { total } => Ok(total),
            Sink::MinMax {
                best,
                is_max,
                default,
                ..
            } => match (best, default) {
                (Some((_, item)), _) => Ok(item),
                (None, Some(default)) => Ok(default),
                (None, None) => Err(Exc::value_error(format!(
                    "{}() arg is an empty sequence",
                    if is_max { "max" } else { "min" }
                ))),
            },
            Sink::Sorted {
                items,
                reverse,
                in_place,
                ..
            } => vm.sort_keyed(items, reverse).map(|sorted| match in_place {
                Some(Value::List(list)) => {
                    *list.items.borrow_mut() = sorted;
                    Value::None
                }
                _ => vm.new_list(sorted),
            }),
            Sink::AnyAll { any } => Ok(Value::Bool(!any)),
            Sink::Join { text, .. } => Ok(Value::string(text)),
            Sink::Contains { negate, .. } => Ok(Value::Bool(negate)),
            Sink::Unpack {
                before,
                after,
                mut items,
            } => check_unpack_count(items.len(), before, after).map(|()| {
                if let Some(after) = after {
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    let middle = vm.new_list(middle);
                    items.push(middle);
                    items.extend(tail);
                }
                vm.new_list(items)
            }),
        };
        match result {
            Ok(_) if self.returns_none => Flow::Finish(Outcome::Value(Value::None)),
            Ok(value) => Flow::Finish(Outcome::Value(value)),
            Err(exc) => fail(vm, exc),
        }
    }
}

fn fail(vm: &mut Vm, exc: Exc) -> Flow {
    Flow::Finish(Outcome::Error(vm.materialize_fresh(exc)))
}

impl Vm {
    /// Sorts `(key, item)` pairs by key, stably, as `sorted` does (reverse
    /// sorting keeps equal items in their original order too).
    pub fn sort_keyed(
        &self,
        mut items: Vec<(Value, Value)>,
        reverse: bool,
    ) -> Result<Vec<Value>, Exc> {
        if reverse {
            items.reverse();
        }
        let mut failure = None;
        items.sort_by(|(a, _), (b, _)| {
            if failure.is_some() {
                return std::cmp::Ordering::Equal;
            }
            match self.less_than(a, b) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => match self.less_than(b, a) {
                    Ok(true) => std::cmp::Ordering::Greater,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(exc) => {
                        failure = Some(exc);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(exc) => {
                    failure = Some(exc);
                    std::cmp::Ordering::Equal
                }
            }
        });
        if let Some(exc) = failure {
            return Err(exc);
        }
        let mut sorted: Vec<Value> = items.into_iter().map(|(_, item)| item).collect();
        if reverse {
            sorted.reverse();
        }
        Ok(sorted)
    }
}

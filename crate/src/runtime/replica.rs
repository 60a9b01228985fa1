//! Deep copies of a paused VM: the checkpoints time travel replays from.
//!
//! Everything mutable is copied once (shared objects stay shared in the
//! copy, cycles stay cycles); immutable things — code, strings, big ints,
//! built-in classes — are shared with the original. Object and frame ids
//! are kept, so the copy replays into exactly the same trace.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::adapters::{self, AdapterTask};
use crate::runtime::builtins::{ConstructTask, ReversedTask};
use crate::runtime::consumers::{self, CollectTask, Sink};
use crate::runtime::delivery::{ClassSpec, Delivery, Outcome, Protocol, Requester};
use crate::runtime::finalize::FinalizeTask;
use crate::runtime::frame::Frame;
use crate::runtime::native::{NativeFrame, NativeTask};
use crate::runtime::objects::*;
use crate::runtime::stringify::{Purpose, StringifyTask, Work};
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, StackEntry, Vm};

/// Copies values, remembering each copied object so that sharing and
/// cycles survive.
pub struct Replicator {
    /// Values copied so far: a measure of how heavy the copy is.
    copied: usize,
    copies: HashMap<usize, Value>,
    cells: HashMap<usize, CellRef>,
    classes: HashMap<usize, Rc<ClassObj>>,
    finalize_queue: Rc<FinalizeQueue>,
}

fn address<T>(rc: &Rc<T>) -> usize {
    Rc::as_ptr(rc) as *const u8 as usize
}

impl Replicator {
    pub fn new(finalize_queue: Rc<FinalizeQueue>) -> Replicator {
        Replicator {
            copied: 0,
            copies: HashMap::new(),
            cells: HashMap::new(),
            classes: HashMap::new(),
            finalize_queue,
        }
    }

    fn known(&self, key: usize) -> Option<Value> {
        self.copies.get(&key).cloned()
    }

    pub fn value(&mut self, value: &Value) -> Value {
        self.copied += 1;
        match value {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Builtin(_)
            | Value::MethodDescriptor(_)
            | Value::Range(_)
            | Value::Module(_)
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::Null => value.clone(),
            Value::Slice(slice) => {
                if let Some(copy) = self.known(address(slice)) {
                    return copy;
                }
                let copy = Value::Slice(Rc::new(SliceObj {
                    id: slice.id,
                    start: self.value(&slice.start),
                    stop: self.value(&slice.stop),
                    step: self.value(&slice.step),
                }));
                self.copies.insert(address(slice), copy.clone());
                copy
            }
            Value::Tuple(tuple) => {
                if let Some(copy) = self.known(address(tuple)) {
                    return copy;
                }
                let items: Vec<Value> = tuple.items.iter().map(|item| self.value(item)).collect();
                // A cycle through a mutable container may have copied this
                // tuple meanwhile; keep that one.
                if let Some(copy) = self.known(address(tuple)) {
                    return copy;
                }
                let copy = Value::Tuple(Rc::new(TupleObj {
                    id: tuple.id,
                    items: items.into_boxed_slice(),
                }));
                self.copies.insert(address(tuple), copy.clone());
                copy
            }
            Value::List(list) => {
                if let Some(copy) = self.known(address(list)) {
                    return copy;
                }
                let copy = Rc::new(ListObj {
                    id: list.id,
                    items: RefCell::new(Vec::new()),
                });
                self.copies.insert(address(list), Value::List(copy.clone()));
                let items: Vec<Value> = list
                    .items
                    .borrow()
                    .iter()
                    .map(|item| self.value(item))
                    .collect();
                *copy.items.borrow_mut() = items;
                Value::List(copy)
            }
            Value::Dict(dict) => Value::Dict(self.dict(dict)),
            Value::Set(set) => {
                if let Some(copy) = self.known(address(set)) {
                    return copy;
                }
                let copy = Rc::new(SetObj {
                    id: set.id,
                    frozen: set.frozen,
                    table: RefCell::new(crate::table::SetTable::new()),
                });
                self.copies.insert(address(set), Value::Set(copy.clone()));
                let table = set.table.borrow().clone_with(|item| self.value(item));
                *copy.table.borrow_mut() = table;
                Value::Set(copy)
            }
            Value::DictView(view) => {
                if let Some(copy) = self.known(address(view)) {
                    return copy;
                }
                let copy = Value::DictView(Rc::new(DictViewObj {
                    id: view.id,
                    dict: self.dict(&view.dict),
                    kind: view.kind,
                }));
                self.copies.insert(address(view), copy.clone());
                copy
            }
            Value::Function(function) => {
                if let Some(copy) = self.known(address(function)) {
                    return copy;
                }
                let defaults = self.values(&function.defaults);
                let kw_defaults = function
                    .kw_defaults
                    .iter()
                    .map(|(name, v)| (name.clone(), self.value(v)))
                    .collect();
                let closure = function
                    .closure
                    .iter()
                    .map(|cell| self.cell(cell))
                    .collect();
                let attrs = self.attributes(&function.attrs);
                // A recursive closure may have copied this function already.
                if let Some(copy) = self.known(address(function)) {
                    return copy;
                }
                let copy = Value::Function(Rc::new(FunctionObj {
                    id: function.id,
                    code: function.code.clone(),
                    name: function.name.clone(),
                    qualname: function.qualname.clone(),
                    defaults,
                    kw_defaults,
                    closure,
                    attrs: RefCell::new(attrs),
                }));
                self.copies.insert(address(function), copy.clone());
                copy
            }
            Value::BoundMethod(method) => {
                if let Some(copy) = self.known(address(method)) {
                    return copy;
                }
                let copy = Value::BoundMethod(Rc::new(BoundMethodObj {
                    id: method.id,
                    function: self.value(&method.function),
                    receiver: self.value(&method.receiver),
                }));
                self.copies.insert(address(method), copy.clone());
                copy
            }
            Value::NativeMethod(method) => {
                if let Some(copy) = self.known(address(method)) {
                    return copy;
                }
                let copy = Value::NativeMethod(Rc::new(NativeMethodObj {
                    id: method.id,
                    method: method.method,
                    receiver: self.value(&method.receiver),
                }));
                self.copies.insert(address(method), copy.clone());
                copy
            }
            Value::Class(class) => Value::Class(self.class(class)),
            Value::Instance(instance) => {
                if let Some(copy) = self.known(address(instance)) {
                    return copy;
                }
                let copy = Rc::new(InstanceObj {
                    id: instance.id,
                    class: self.class(&instance.class),
                    attrs: RefCell::new(Vec::new()),
                    exception: instance
                        .exception
                        .as_ref()
                        .map(|_| RefCell::new(ExceptionData::default())),
                });
                self.copies
                    .insert(address(instance), Value::Instance(copy.clone()));
                *copy.attrs.borrow_mut() = self.attributes(&instance.attrs);
                if let (Some(source), Some(target)) = (&instance.exception, &copy.exception) {
                    let data = self.exception_data(&source.borrow());
                    *target.borrow_mut() = data;
                }
                Value::Instance(copy)
            }
            Value::Generator(generator) => Value::Generator(self.generator(generator)),
            Value::Iterator(iterator) => Value::Iterator(self.iterator(iterator)),
            Value::Super(sup) => {
                if let Some(copy) = self.known(address(sup)) {
                    return copy;
                }
                let copy = Value::Super(Rc::new(SuperObj {
                    id: sup.id,
                    class: self.class(&sup.class),
                    receiver: self.value(&sup.receiver),
                }));
                self.copies.insert(address(sup), copy.clone());
                copy
            }
        }
    }

    fn values(&mut self, values: &[Value]) -> Vec<Value> {
        values.iter().map(|value| self.value(value)).collect()
    }

    fn option(&mut self, value: &Option<Value>) -> Option<Value> {
        value.as_ref().map(|value| self.value(value))
    }

    fn attributes(&mut self, attributes: &Attributes) -> Vec<(Rc<str>, Value)> {
        let pairs = attributes.borrow().clone();
        pairs
            .into_iter()
            .map(|(name, value)| (name, self.value(&value)))
            .collect()
    }

    fn exception_data(&mut self, data: &ExceptionData) -> ExceptionData {
        ExceptionData {
            args: self.values(&data.args),
            traceback: data.traceback.clone(),
            cause: self.option(&data.cause),
            context: self.option(&data.context),
            suppress_context: data.suppress_context,
            suggestion: data.suggestion.clone(),
            escaped_frames: data
                .escaped_frames
                .iter()
                .map(|frame| FrameVariables {
                    locals: frame
                        .locals
                        .iter()
                        .map(|local| self.option(local))
                        .collect(),
                    cells: frame.cells.iter().map(|cell| self.cell(cell)).collect(),
                })
                .collect(),
        }
    }

    pub fn dict(&mut self, dict: &Rc<DictObj>) -> Rc<DictObj> {
        if let Some(Value::Dict(copy)) = self.known(address(dict)) {
            return copy;
        }
        let copy = Rc::new(DictObj {
            id: dict.id,
            table: RefCell::new(crate::table::DictTable::new()),
        });
        self.copies.insert(address(dict), Value::Dict(copy.clone()));
        let table = dict
            .table
            .borrow()
            .clone_with(|key, value| (self.value(key), self.value(value)));
        *copy.table.borrow_mut() = table;
        copy
    }

    fn cell(&mut self, cell: &CellRef) -> CellRef {
        let key = address(cell);
        if let Some(copy) = self.cells.get(&key) {
            return copy.clone();
        }
        let copy = new_cell(None);
        self.cells.insert(key, copy.clone());
        let value = cell.value.borrow().clone();
        *copy.value.borrow_mut() = value.map(|value| self.value(&value));
        copy
    }

    fn class(&mut self, class: &Rc<ClassObj>) -> Rc<ClassObj> {
        if class.is_builtin {
            return class.clone();
        }
        let key = address(class);
        if let Some(copy) = self.classes.get(&key) {
            return copy.clone();
        }
        let bases: Vec<Rc<ClassObj>> = class.bases.iter().map(|base| self.class(base)).collect();
        let mro_tail: Vec<Rc<ClassObj>> =
            class.mro_tail.iter().map(|base| self.class(base)).collect();
        let copy = Rc::new(ClassObj {
            id: class.id,
            name: class.name.clone(),
            qualname: class.qualname.clone(),
            bases,
            mro_tail,
            attrs: RefCell::new(Vec::new()),
            builtin: class.builtin,
            is_builtin: false,
        });
        self.classes.insert(key, copy.clone());
        *copy.attrs.borrow_mut() = self.attributes(&class.attrs);
        copy
    }

    fn generator(&mut self, generator: &Rc<GeneratorObj>) -> Rc<GeneratorObj> {
        if let Some(Value::Generator(copy)) = self.known(address(generator)) {
            return copy;
        }
        let copy = Rc::new(GeneratorObj {
            id: generator.id,
            code: generator.code.clone(),
            name: generator.name.clone(),
            qualname: generator.qualname.clone(),
            state: RefCell::new(GenState::Closed),
            last_yielded: RefCell::new(generator.last_yielded.borrow().clone()),
            last_sent: RefCell::new(generator.last_sent.borrow().clone()),
            finalize_queue: self.finalize_queue.clone(),
            finalized: Cell::new(generator.finalized.get()),
        });
        self.copies
            .insert(address(generator), Value::Generator(copy.clone()));
        let state = match &*generator.state.borrow() {
            GenState::Created(frame) => GenState::Created(Box::new(self.frame(frame))),
            GenState::Suspended(frame) => GenState::Suspended(Box::new(self.frame(frame))),
            GenState::Running { frame_id } => GenState::Running {
                frame_id: *frame_id,
            },
            GenState::Closed => GenState::Closed,
        };
        *copy.state.borrow_mut() = state;
        copy
    }

    fn iterator(&mut self, iterator: &Rc<IteratorObj>) -> Rc<IteratorObj> {
        if let Some(Value::Iterator(copy)) = self.known(address(iterator)) {
            return copy;
        }
        let copy = Rc::new(IteratorObj {
            id: iterator.id,
            state: RefCell::new(IterState::Exhausted {
                type_name: "iterator",
            }),
        });
        self.copies
            .insert(address(iterator), Value::Iterator(copy.clone()));
        let state = self.iter_state(&iterator.state.borrow());
        *copy.state.borrow_mut() = state;
        copy
    }

    fn list_rc(&mut self, list: &Rc<ListObj>) -> Rc<ListObj> {
        match self.value(&Value::List(list.clone())) {
            Value::List(copy) => copy,
            _ => unreachable!("a list copies to a list"),
        }
    }

    fn iter_state(&mut self, state: &IterState) -> IterState {
        match state {
            IterState::List { list, index } => IterState::List {
                list: self.list_rc(list),
                index: *index,
            },
            IterState::ListReversed { list, index } => IterState::ListReversed {
                list: self.list_rc(list),
                index: *index,
            },
            IterState::Tuple { tuple, index } => IterState::Tuple {
                tuple: match self.value(&Value::Tuple(tuple.clone())) {
                    Value::Tuple(copy) => copy,
                    _ => unreachable!("a tuple copies to a tuple"),
                },
                index: *index,
            },
            IterState::Str { text, index, byte } => IterState::Str {
                text: text.clone(),
                index: *index,
                byte: *byte,
            },
            IterState::Range {
                next,
                stop,
                step,
                remaining,
            } => IterState::Range {
                next: *next,
                stop: *stop,
                step: *step,
                remaining: *remaining,
            },
            IterState::Dict {
                dict,
                kind,
                position,
                expected_len,
                produced,
            } => IterState::Dict {
                dict: self.dict(dict),
                kind: *kind,
                position: *position,
                expected_len: *expected_len,
                produced: *produced,
            },
            IterState::Set {
                set,
                position,
                expected_len,
                produced,
            } => IterState::Set {
                set: match self.value(&Value::Set(set.clone())) {
                    Value::Set(copy) => copy,
                    _ => unreachable!("a set copies to a set"),
                },
                position: *position,
                expected_len: *expected_len,
                produced: *produced,
            },
            IterState::Sequence {
                target,
                index,
                reversed,
            } => IterState::Sequence {
                target: self.value(target),
                index: *index,
                reversed: *reversed,
            },
            IterState::Callable { function, sentinel } => IterState::Callable {
                function: self.value(function),
                sentinel: self.value(sentinel),
            },
            IterState::Enumerate { source, count } => IterState::Enumerate {
                source: self.value(source),
                count: self.value(count),
            },
            IterState::Zip { sources, strict } => IterState::Zip {
                sources: self.values(sources).into(),
                strict: *strict,
            },
            IterState::Map { function, sources } => IterState::Map {
                function: self.value(function),
                sources: self.values(sources).into(),
            },
            IterState::Filter { predicate, source } => IterState::Filter {
                predicate: self.value(predicate),
                source: self.value(source),
            },
            IterState::Count { next, step } => IterState::Count {
                next: self.value(next),
                step: self.value(step),
            },
            IterState::Islice {
                source,
                next_index,
                consumed,
                stop,
                step,
            } => IterState::Islice {
                source: self.value(source),
                next_index: *next_index,
                consumed: *consumed,
                stop: *stop,
                step: *step,
            },
            IterState::TakeWhile { predicate, source } => IterState::TakeWhile {
                predicate: self.value(predicate),
                source: self.value(source),
            },
            IterState::DropWhile {
                predicate,
                source,
                dropping,
            } => IterState::DropWhile {
                predicate: self.value(predicate),
                source: self.value(source),
                dropping: *dropping,
            },
            IterState::Chain { iterables, current } => IterState::Chain {
                iterables: self.value(iterables),
                current: self.option(current),
            },
            IterState::Cycle {
                source,
                saved,
                index,
            } => IterState::Cycle {
                source: self.option(source),
                saved: self.values(saved),
                index: *index,
            },
            IterState::Repeat { value, remaining } => IterState::Repeat {
                value: self.value(value),
                remaining: *remaining,
            },
            IterState::Accumulate {
                source,
                function,
                total,
                initial,
            } => IterState::Accumulate {
                source: self.value(source),
                function: self.option(function),
                total: self.option(total),
                initial: self.option(initial),
            },
            IterState::ZipLongest { sources, fill } => IterState::ZipLongest {
                sources: sources.iter().map(|source| self.option(source)).collect(),
                fill: self.value(fill),
            },
            IterState::Exhausted { type_name } => IterState::Exhausted { type_name },
        }
    }

    pub fn frame(&mut self, frame: &Frame) -> Frame {
        Frame {
            id: frame.id,
            code: frame.code.clone(),
            ip: frame.ip,
            stack: self.values(&frame.stack),
            locals: frame
                .locals
                .iter()
                .map(|local| self.option(local))
                .collect(),
            cells: frame.cells.iter().map(|cell| self.cell(cell)).collect(),
            blocks: frame.blocks.clone(),
            handled: self.option(&frame.handled),
            namespace: frame
                .namespace
                .as_ref()
                .map(|namespace| self.dict(namespace)),
            generator: frame
                .generator
                .as_ref()
                .map(|generator| self.generator(generator)),
            delivery: self.delivery(&frame.delivery),
            line: frame.line,
        }
    }

    fn delivery(&mut self, delivery: &Delivery) -> Delivery {
        Delivery {
            protocol: self.protocol(&delivery.protocol),
            requester: self.requester(&delivery.requester),
        }
    }

    fn protocol(&mut self, protocol: &Protocol) -> Protocol {
        match protocol {
            Protocol::Init(instance) => Protocol::Init(self.value(instance)),
            Protocol::ClassBody(spec) => Protocol::ClassBody(Box::new(ClassSpec {
                name: spec.name.clone(),
                qualname: spec.qualname.clone(),
                bases: self.values(&spec.bases),
            })),
            other => other.clone(),
        }
    }

    fn requester(&mut self, requester: &Requester) -> Requester {
        match requester {
            Requester::Push { default } => Requester::Push {
                default: self.option(default),
            },
            Requester::NativeCall { default } => Requester::NativeCall {
                default: self.option(default),
            },
            other => other.clone(),
        }
    }

    fn outcome(&mut self, outcome: &Outcome) -> Outcome {
        match outcome {
            Outcome::Value(value) => Outcome::Value(self.value(value)),
            Outcome::Item(value) => Outcome::Item(self.value(value)),
            Outcome::Done(value) => Outcome::Done(self.value(value)),
            Outcome::Error(value) => Outcome::Error(self.value(value)),
        }
    }

    fn native(&mut self, native: &NativeFrame) -> NativeFrame {
        NativeFrame {
            id: native.id,
            requester: self.requester(&native.requester),
            task: self.task(&native.task),
        }
    }

    fn task(&mut self, task: &NativeTask) -> NativeTask {
        match task {
            NativeTask::Collect(task) => NativeTask::Collect(CollectTask {
                name: task.name,
                returns_none: task.returns_none,
                iterable: self.option(&task.iterable),
                iterator: self.value(&task.iterator),
                sink: self.sink(&task.sink),
                phase: match &task.phase {
                    consumers::Phase::Start => consumers::Phase::Start,
                    consumers::Phase::AwaitingIterator => consumers::Phase::AwaitingIterator,
                    consumers::Phase::AwaitingItem => consumers::Phase::AwaitingItem,
                    consumers::Phase::AwaitingKey(item) => {
                        consumers::Phase::AwaitingKey(self.value(item))
                    }
                    consumers::Phase::AwaitingTruth => consumers::Phase::AwaitingTruth,
                },
            }),
            NativeTask::Adapter(task) => NativeTask::Adapter(AdapterTask {
                iterator: self.iterator(&task.iterator),
                phase: match &task.phase {
                    adapters::Phase::Start => adapters::Phase::Start,
                    adapters::Phase::Gathering { items, index } => adapters::Phase::Gathering {
                        items: self.values(items),
                        index: *index,
                    },
                    adapters::Phase::AwaitingItem => adapters::Phase::AwaitingItem,
                    adapters::Phase::AwaitingCall { item } => adapters::Phase::AwaitingCall {
                        item: self.value(item),
                    },
                    adapters::Phase::AwaitingTruth { item } => adapters::Phase::AwaitingTruth {
                        item: self.value(item),
                    },
                    adapters::Phase::Skipping => adapters::Phase::Skipping,
                    adapters::Phase::AwaitingIter => adapters::Phase::AwaitingIter,
                    adapters::Phase::CheckingRest { index } => {
                        adapters::Phase::CheckingRest { index: *index }
                    }
                },
            }),
            NativeTask::Stringify(task) => NativeTask::Stringify(StringifyTask {
                purpose: match &task.purpose {
                    Purpose::Print => Purpose::Print,
                    Purpose::Text => Purpose::Text,
                    Purpose::Format(spec) => Purpose::Format(spec.clone()),
                },
                work: task
                    .work
                    .iter()
                    .map(|work| match work {
                        Work::Text(text) => Work::Text(text.clone()),
                        Work::Str(value) => Work::Str(self.value(value)),
                        Work::Repr(value) => Work::Repr(self.value(value)),
                        Work::Leave(id) => Work::Leave(*id),
                    })
                    .collect(),
                out: task.out.clone(),
                active: task.active.clone(),
            }),
            NativeTask::Finalize(task) => NativeTask::Finalize(FinalizeTask {
                generator: self.generator(&task.generator),
                interrupted: task
                    .interrupted
                    .as_ref()
                    .map(|outcome| self.outcome(outcome)),
            }),
            NativeTask::Construct(task) => NativeTask::Construct(ConstructTask {
                name: task.name.clone(),
                args: self.values(&task.args),
                keywords: task
                    .keywords
                    .iter()
                    .map(|(name, value)| (name.clone(), self.value(value)))
                    .collect(),
                positions: task.positions.clone(),
                next: task.next,
            }),
            NativeTask::Vacant => NativeTask::Vacant,
            NativeTask::Reversed(task) => NativeTask::Reversed(ReversedTask {
                target: self.value(&task.target),
                length: self.option(&task.length),
            }),
        }
    }

    fn sink(&mut self, sink: &Sink) -> Sink {
        match sink {
            Sink::List { items, tuple } => Sink::List {
                items: self.values(items),
                tuple: *tuple,
            },
            Sink::Into(target) => Sink::Into(self.value(target)),
            Sink::DictPairs { dict, index } => Sink::DictPairs {
                dict: self.value(dict),
                index: *index,
            },
            Sink::Sum { total } => Sink::Sum {
                total: self.value(total),
            },
            Sink::MinMax {
                best,
                key,
                is_max,
                default,
            } => Sink::MinMax {
                best: best
                    .as_ref()
                    .map(|(k, item)| (self.value(k), self.value(item))),
                key: self.option(key),
                is_max: *is_max,
                default: self.option(default),
            },
            Sink::Sorted {
                items,
                key,
                reverse,
                in_place,
            } => Sink::Sorted {
                items: items
                    .iter()
                    .map(|(k, item)| (self.value(k), self.value(item)))
                    .collect(),
                key: self.option(key),
                reverse: *reverse,
                in_place: self.option(in_place),
            },
            Sink::AnyAll { any } => Sink::AnyAll { any: *any },
            Sink::Join {
                separator,
                text,
                count,
            } => Sink::Join {
                separator: separator.clone(),
                text: text.clone(),
                count: *count,
            },
            Sink::Contains { needle, negate } => Sink::Contains {
                needle: self.value(needle),
                negate: *negate,
            },
            Sink::Unpack {
                before,
                after,
                items,
            } => Sink::Unpack {
                before: *before,
                after: *after,
                items: self.values(items),
            },
        }
    }

    fn activity(&mut self, activity: &Activity) -> Activity {
        match activity {
            Activity::Idle => Activity::Idle,
            Activity::Run(frame) => Activity::Run(Box::new(self.frame(frame))),
            Activity::Unwind {
                frame,
                exception,
                origin,
            } => Activity::Unwind {
                frame: Box::new(self.frame(frame)),
                exception: self.value(exception),
                origin: *origin,
            },
            Activity::Deliver { outcome, requester } => Activity::Deliver {
                outcome: self.outcome(outcome),
                requester: self.requester(requester),
            },
            Activity::Drive { native, input } => Activity::Drive {
                native: Box::new(self.native(native)),
                input: self.outcome(input),
            },
        }
    }
}

impl Vm {
    /// A deep copy of this (paused) VM that will run on exactly as this one
    /// would. Output and recorded events are not copied.
    pub fn replicate(&self) -> Vm {
        self.replicate_weighed().0
    }

    /// `replicate`, and how many values the copy holds.
    pub fn replicate_weighed(&self) -> (Vm, usize) {
        let finalize_queue = Rc::new(FinalizeQueue::default());
        finalize_queue.enabled.set(true);
        finalize_queue
            .attention
            .set(self.finalize_queue.attention.get());
        let mut replicator = Replicator::new(finalize_queue.clone());
        let pending: Vec<Rc<GeneratorObj>> = self
            .finalize_queue
            .pending
            .borrow()
            .iter()
            .map(|generator| replicator.generator(generator))
            .collect();
        *finalize_queue.pending.borrow_mut() = pending;
        let globals = self
            .globals
            .iter()
            .map(|global| replicator.option(global))
            .collect();
        let stack = self
            .stack
            .iter()
            .map(|entry| match entry {
                StackEntry::Python(frame) => StackEntry::Python(Box::new(replicator.frame(frame))),
                StackEntry::Native(native) => {
                    StackEntry::Native(Box::new(replicator.native(native)))
                }
            })
            .collect();
        let activity = replicator.activity(&self.activity);
        let uncaught = replicator.option(&self.uncaught);
        let converted = replicator.values(&self.converted_iterators);
        let weight = replicator.copied;
        let copy = self.copy_with(
            globals,
            stack,
            activity,
            uncaught,
            converted,
            finalize_queue,
        );
        (copy, weight)
    }
}

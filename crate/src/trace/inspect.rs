//! Reading a paused VM into the trace schema: frames, generators, the
//! reachable object graph, and what is in flight.

use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

use super::schema::*;
use crate::compiler::code::{CodeKind, Instruction, Location};
use crate::runtime::delivery::Outcome;
use crate::runtime::frame::Frame;
use crate::runtime::native::NativeTask;
use crate::runtime::objects::{GenState, GeneratorObj, IterState};
use crate::runtime::value::{ObjId, Value};
use crate::runtime::vm::{Activity, StackEntry, Vm};

/// Items listed per container; the rest is counted in `length`.
pub const ITEM_LIMIT: usize = 100;
/// Objects listed per step; beyond this the graph is cut off.
pub const OBJECT_LIMIT: usize = 500;
/// Characters of reprs shown inline.
const REPR_LIMIT: usize = 60;

pub struct Inspection {
    pub frames: Vec<FrameView>,
    pub generators: Vec<GeneratorView>,
    pub objects: Vec<ObjectView>,
    pub memory: MemoryView,
    pub in_flight: Option<InFlight>,
}

fn span(location: Location) -> SpanView {
    SpanView {
        line: location.line,
        col: location.col,
        end_line: location.end_line,
        end_col: location.end_col,
    }
}

fn frame_location(frame: &Frame) -> Location {
    frame.location()
}

struct Walker<'a> {
    vm: &'a Vm,
    listed: HashSet<ObjId>,
    queue: VecDeque<Value>,
    objects: Vec<ObjectView>,
    generators: Vec<Rc<GeneratorObj>>,
    generator_ids: HashSet<ObjId>,
}

impl<'a> Walker<'a> {
    fn view(&mut self, value: &Value) -> ValueView {
        match value.object_id() {
            Some(id) => {
                if let Value::Generator(generator) = value {
                    self.note_generator(generator);
                }
                if self.listed.insert(id) {
                    self.queue.push_back(value.clone());
                }
                ValueView::Ref {
                    id,
                    type_name: value.type_name().to_string(),
                }
            }
            None => ValueView::Prim {
                type_name: value.type_name().to_string(),
                repr: short(self.vm.repr_native(value)),
            },
        }
    }

    fn note_generator(&mut self, generator: &Rc<GeneratorObj>) {
        if self.generator_ids.insert(generator.id) {
            self.generators.push(generator.clone());
        }
    }

    fn bindings(&mut self, pairs: Vec<(String, Value)>) -> Vec<Binding> {
        pairs
            .into_iter()
            .map(|(name, value)| Binding {
                value: self.view(&value),
                name,
            })
            .collect()
    }

    fn loops(&mut self, frame: &Frame) -> Vec<LoopView> {
        frame
            .code
            .loops_at(frame.ip)
            .filter_map(|held| {
                let iterator = frame.stack.get(held.slot as usize)?;
                Some(LoopView {
                    line: held.line,
                    target: held.target.to_string(),
                    iterator: self.view(iterator),
                })
            })
            .collect()
    }

    /// Lists queued objects until the queue is empty or the limit is hit.
    fn drain(&mut self) {
        while let Some(value) = self.queue.pop_front() {
            if self.objects.len() >= OBJECT_LIMIT {
                self.queue.clear();
                break;
            }
            let object = self.object(&value);
            self.objects.push(object);
        }
    }

    fn object(&mut self, value: &Value) -> ObjectView {
        let mut view = ObjectView {
            id: value.object_id().unwrap_or(0),
            type_name: value.type_name().to_string(),
            kind: "other",
            repr: short(self.vm.repr_native(value)),
            length: None,
            items: Vec::new(),
            entries: Vec::new(),
            attributes: Vec::new(),
            truncated: false,
            iterator: None,
        };
        match value {
            Value::List(list) => {
                let items = list.items.borrow().clone();
                self.fill_items(&mut view, "list", &items);
            }
            Value::Tuple(tuple) => {
                let items = tuple.items.to_vec();
                self.fill_items(&mut view, "tuple", &items);
            }
            Value::Set(set) => {
                let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
                self.fill_items(&mut view, "set", &items);
            }
            Value::Dict(dict) => {
                let pairs: Vec<(Value, Value)> = dict
                    .table
                    .borrow()
                    .iter()
                    .map(|(key, item)| (key.clone(), item.clone()))
                    .collect();
                view.kind = "dict";
                view.length = Some(pairs.len());
                view.truncated = pairs.len() > ITEM_LIMIT;
                for (key, item) in pairs.iter().take(ITEM_LIMIT) {
                    let entry = (self.view(key), self.view(item));
                    view.entries.push(entry);
                }
            }
            Value::Instance(instance) => {
                view.kind = if instance.exception.is_some() {
                    "exception"
                } else {
                    "instance"
                };
                let attributes: Vec<(String, Value)> = instance
                    .attrs
                    .borrow()
                    .iter()
                    .map(|(name, value)| (name.to_string(), value.clone()))
                    .collect();
                view.attributes = self.bindings(attributes);
                if let Some(data) = &instance.exception {
                    let args = data.borrow().args.clone();
                    view.items = args.iter().map(|arg| self.view(arg)).collect();
                }
            }
            Value::Class(class) => {
                view.kind = "class";
                let attributes: Vec<(String, Value)> = class
                    .attrs
                    .borrow()
                    .iter()
                    .map(|(name, value)| (name.to_string(), value.clone()))
                    .collect();
                view.attributes = self.bindings(attributes);
            }
            Value::Function(function) => {
                view.kind = "function";
                let first_default = function.code.arg_count as usize
                    - function
                        .defaults
                        .len()
                        .min(function.code.arg_count as usize);
                let defaults: Vec<(String, Value)> = function
                    .defaults
                    .iter()
                    .enumerate()
                    .map(|(index, value)| {
                        let name = function
                            .code
                            .local_names
                            .get(first_default + index)
                            .map_or(String::new(), |n| n.to_string());
                        (name, value.clone())
                    })
                    .collect();
                view.attributes = self.bindings(defaults);
            }
            Value::BoundMethod(method) => {
                view.kind = "method";
                view.attributes = self.bindings(vec![
                    ("__self__".to_owned(), method.receiver.clone()),
                    ("__func__".to_owned(), method.function.clone()),
                ]);
            }
            Value::NativeMethod(method) => {
                view.kind = "method";
                view.attributes =
                    self.bindings(vec![("__self__".to_owned(), method.receiver.clone())]);
            }
            Value::Generator(_) => view.kind = "generator",
            Value::Range(range) => {
                view.kind = "range";
                view.length = usize::try_from(range.len()).ok();
            }
            Value::DictView(view_object) => {
                view.kind = "view";
                view.length = Some(view_object.dict.table.borrow().len());
                view.items = vec![self.view(&Value::Dict(view_object.dict.clone()))];
            }
            Value::Module(_) => view.kind = "module",
            Value::Iterator(iterator) => {
                view.kind = "iterator";
                let state = iterator.state.borrow();
                view.iterator = Some(self.iterator(&state));
            }
            _ => {}
        }
        view
    }

    fn fill_items(&mut self, view: &mut ObjectView, kind: &'static str, items: &[Value]) {
        view.kind = kind;
        view.length = Some(items.len());
        view.truncated = items.len() > ITEM_LIMIT;
        view.items = items
            .iter()
            .take(ITEM_LIMIT)
            .map(|item| self.view(item))
            .collect();
    }

    fn iterator(&mut self, state: &IterState) -> IteratorView {
        let mut view = IteratorView {
            over: None,
            position: None,
            next: None,
            exhausted: false,
            sources: Vec::new(),
            function: None,
        };
        match state {
            IterState::List { list, index }
            | IterState::ListReversed {
                list,
                index: Some(index),
            } => {
                view.over = Some(self.view(&Value::List(list.clone())));
                view.position = Some(*index);
            }
            IterState::ListReversed { list, index: None } => {
                view.over = Some(self.view(&Value::List(list.clone())));
                view.exhausted = true;
            }
            IterState::Tuple { tuple, index } => {
                view.over = Some(self.view(&Value::Tuple(tuple.clone())));
                view.position = Some(*index);
            }
            IterState::Str { text, index, .. } => {
                view.over = Some(self.view(&Value::Str(text.clone())));
                view.position = Some(*index);
            }
            IterState::Range {
                next, remaining, ..
            } => {
                if *remaining > 0 {
                    view.next = Some(next.to_string());
                } else {
                    view.exhausted = true;
                }
            }
            IterState::Dict { dict, produced, .. } => {
                view.over = Some(self.view(&Value::Dict(dict.clone())));
                view.position = Some(*produced);
            }
            IterState::Set { set, produced, .. } => {
                view.over = Some(self.view(&Value::Set(set.clone())));
                view.position = Some(*produced);
            }
            IterState::Sequence { target, index, .. } => {
                view.over = Some(self.view(target));
                view.position = usize::try_from(*index).ok();
            }
            IterState::Callable { function, .. } => view.function = Some(self.view(function)),
            IterState::Enumerate { source, count } => {
                view.sources = vec![self.view(source)];
                view.next = Some(self.vm.repr_native(count));
            }
            IterState::Zip { sources, .. } => {
                view.sources = sources.iter().map(|source| self.view(source)).collect();
            }
            IterState::Map { function, sources } => {
                view.function = Some(self.view(function));
                view.sources = sources.iter().map(|source| self.view(source)).collect();
            }
            IterState::Filter { predicate, source }
            | IterState::TakeWhile { predicate, source }
            | IterState::DropWhile {
                predicate, source, ..
            } => {
                view.function = Some(self.view(predicate));
                view.sources = vec![self.view(source)];
            }
            IterState::Count { next, .. } => view.next = Some(self.vm.repr_native(next)),
            IterState::Islice { source, .. } => view.sources = vec![self.view(source)],
            IterState::Chain { iterables, current } => {
                view.sources = std::iter::once(iterables)
                    .chain(current.iter())
                    .map(|source| self.view(source))
                    .collect();
            }
            IterState::Cycle {
                source,
                saved,
                index,
            } => {
                view.sources = source.iter().map(|source| self.view(source)).collect();
                if source.is_none() && !saved.is_empty() {
                    view.next = Some(self.vm.repr_native(&saved[*index]));
                }
            }
            IterState::Repeat { value, remaining } => {
                if *remaining == Some(0) {
                    view.exhausted = true;
                } else {
                    view.next = Some(self.vm.repr_native(value));
                }
            }
            IterState::Accumulate {
                source, function, ..
            } => {
                view.sources = vec![self.view(source)];
                view.function = function.as_ref().map(|function| self.view(function));
            }
            IterState::ZipLongest { sources, .. } => {
                view.sources = sources
                    .iter()
                    .flatten()
                    .map(|source| self.view(source))
                    .collect();
            }
            IterState::Exhausted { .. } => view.exhausted = true,
        }
        view
    }
}

fn short(text: String) -> String {
    if text.chars().count() <= REPR_LIMIT {
        return text;
    }
    let mut shortened: String = text.chars().take(REPR_LIMIT - 1).collect();
    shortened.push('…');
    shortened
}

impl Vm {
    /// The locals of a frame, in the order a reader expects: parameters
    /// and variables in first-binding order, then captured variables.
    fn frame_bindings(&self, frame: &Frame) -> Vec<(String, Value)> {
        let code = &frame.code;
        match code.kind {
            CodeKind::Module => self
                .global_order
                .iter()
                .filter_map(|&slot| {
                    let value = self.globals[slot as usize].clone()?;
                    Some((self.program.global_names[slot as usize].to_string(), value))
                })
                .collect(),
            CodeKind::Class => match &frame.namespace {
                Some(namespace) => namespace
                    .table
                    .borrow()
                    .iter()
                    .filter_map(|(key, value)| match key {
                        Value::Str(name) => Some((name.as_str().to_owned(), value.clone())),
                        _ => None,
                    })
                    .collect(),
                None => Vec::new(),
            },
            _ => {
                let mut bindings = Vec::new();
                for (index, name) in code.local_names.iter().enumerate() {
                    let value = match code.cell_names.iter().position(|cell| cell == name) {
                        Some(cell) => frame.cells.get(cell).and_then(|c| c.value.borrow().clone()),
                        None => frame.locals.get(index).cloned().flatten(),
                    };
                    if let Some(value) = value {
                        bindings.push((name.to_string(), value));
                    }
                }
                for (index, name) in code.cell_names.iter().enumerate() {
                    if code.local_names.contains(name) || &**name == "__class__" {
                        continue;
                    }
                    if let Some(value) = frame
                        .cells
                        .get(index)
                        .and_then(|c| c.value.borrow().clone())
                    {
                        bindings.push((name.to_string(), value));
                    }
                }
                let cell_count = code.cell_names.len();
                for (index, name) in code.free_names.iter().enumerate() {
                    if &**name == "__class__" {
                        continue;
                    }
                    if let Some(value) = frame
                        .cells
                        .get(cell_count + index)
                        .and_then(|c| c.value.borrow().clone())
                    {
                        bindings.push((name.to_string(), value));
                    }
                }
                bindings
            }
        }
    }

    /// Everything a renderer needs about the VM's current position.
    pub fn inspect(&self) -> Inspection {
        let mut walker = Walker {
            vm: self,
            listed: HashSet::new(),
            queue: VecDeque::new(),
            objects: Vec::new(),
            generators: Vec::new(),
            generator_ids: HashSet::new(),
        };
        let mut frames = Vec::new();
        let running = match &self.activity {
            Activity::Run(frame) | Activity::Unwind { frame, .. } => Some(&**frame),
            _ => None,
        };
        for entry in &self.stack {
            frames.push(match entry {
                StackEntry::Python(frame) => self.frame_view(&mut walker, frame, false),
                StackEntry::Native(native) => FrameView {
                    id: native.id,
                    kind: "builtin",
                    name: native.task.name().to_owned(),
                    qualname: native.task.name().to_owned(),
                    line: 0,
                    span: SpanView::default(),
                    locals: Vec::new(),
                    loops: Vec::new(),
                    generator: None,
                    running: false,
                },
            });
        }
        if let Some(frame) = running {
            frames.push(self.frame_view(&mut walker, frame, true));
        }
        let in_flight = match &self.activity {
            Activity::Deliver { outcome, .. } => {
                let to = frames.last().map(|frame| frame.id);
                Some(in_flight(&mut walker, outcome, to))
            }
            Activity::Drive { native, input } => {
                Some(in_flight(&mut walker, input, Some(native.id)))
            }
            Activity::Unwind {
                frame, exception, ..
            } => Some(InFlight {
                kind: "exception",
                value: walker.view(exception),
                to: Some(frame.id),
            }),
            _ => None,
        };
        if let Some(uncaught) = &self.uncaught {
            walker.view(uncaught);
        }
        walker.drain();
        let memory = self.measure(&mut walker);
        // Generator cards may reach further objects (their locals).
        let mut generators = Vec::new();
        let mut index = 0;
        while index < walker.generators.len() {
            let generator = walker.generators[index].clone();
            generators.push(self.generator_view(&mut walker, &generator));
            index += 1;
        }
        walker.drain();
        generators.sort_by_key(|generator| generator.id);
        Inspection {
            frames,
            generators,
            objects: walker.objects,
            memory,
            in_flight,
        }
    }

    fn frame_view(&self, walker: &mut Walker, frame: &Frame, running: bool) -> FrameView {
        let location = frame_location(frame);
        let bindings = self.frame_bindings(frame);
        if let Some(generator) = &frame.generator {
            walker.note_generator(generator);
        }
        FrameView {
            id: frame.id,
            kind: "python",
            name: frame.code.name.to_string(),
            qualname: frame.code.qualname.to_string(),
            line: location.line,
            span: span(location),
            locals: walker.bindings(bindings),
            loops: walker.loops(frame),
            generator: frame.generator.as_ref().map(|generator| generator.id),
            running,
        }
    }

    fn generator_view(&self, walker: &mut Walker, generator: &Rc<GeneratorObj>) -> GeneratorView {
        let state = generator.state.borrow();
        let (frame, location, bindings, loops, delegate) = match &*state {
            GenState::Created(frame) | GenState::Suspended(frame) => {
                let delegate = (frame.ip > 0
                    && matches!(
                        frame.code.instructions[frame.ip - 1],
                        Instruction::YieldValue { delegating: true }
                    ))
                .then(|| frame.stack.last().cloned())
                .flatten();
                (
                    Some(frame.id),
                    frame_location(frame),
                    self.frame_bindings(frame),
                    walker.loops(frame),
                    delegate,
                )
            }
            GenState::Running { frame_id } => {
                let running = self.find_frame(*frame_id);
                let location = running.map(frame_location).unwrap_or_default();
                let delegate = running.and_then(|frame| self.running_delegate(frame));
                (Some(*frame_id), location, Vec::new(), Vec::new(), delegate)
            }
            GenState::Closed => (None, Location::default(), Vec::new(), Vec::new(), None),
        };
        let name = state.name();
        drop(state);
        GeneratorView {
            id: generator.id,
            name: generator.name.to_string(),
            qualname: generator.qualname.to_string(),
            state: name.as_str(),
            frame,
            line: location.line,
            span: span(location),
            locals: walker.bindings(bindings),
            loops,
            last_yielded: generator.last_yielded.borrow().clone(),
            last_sent: generator.last_sent.borrow().clone(),
            delegate: delegate.map(|delegate| walker.view(&delegate)),
        }
    }

    /// The delegate of a generator frame on the stack inside `yield from`:
    /// waiting on it (parked after `Send`, or passing a `throw`/`close`
    /// down from the delegating yield) or handling what it just produced
    /// (executing, with that value on top of the delegate).
    fn running_delegate(&self, frame: &Frame) -> Option<Value> {
        let previous = frame
            .ip
            .checked_sub(1)
            .map(|ip| &frame.code.instructions[ip])?;
        if !matches!(
            previous,
            Instruction::Send(_) | Instruction::YieldValue { delegating: true }
        ) {
            return None;
        }
        let executing = matches!(&self.activity, Activity::Run(running) if running.id == frame.id);
        let depth = if executing { 2 } else { 1 };
        frame
            .stack
            .len()
            .checked_sub(depth)
            .map(|index| frame.stack[index].clone())
    }

    fn find_frame(&self, id: u32) -> Option<&Frame> {
        let running = match &self.activity {
            Activity::Run(frame) | Activity::Unwind { frame, .. } => Some(&**frame),
            _ => None,
        };
        running.filter(|frame| frame.id == id).or_else(|| {
            self.stack.iter().find_map(|entry| match entry {
                StackEntry::Python(frame) if frame.id == id => Some(&**frame),
                _ => None,
            })
        })
    }

    /// Counts every reachable object and container element (no limits),
    /// noting every live generator on the way.
    fn measure(&self, walker: &mut Walker) -> MemoryView {
        let mut seen: HashSet<ObjId> = HashSet::new();
        let mut pending: Vec<Value> = Vec::new();
        let mut memory = MemoryView {
            objects: 0,
            elements: 0,
        };
        let mut frames: Vec<&Frame> = Vec::new();
        for entry in &self.stack {
            match entry {
                StackEntry::Python(frame) => frames.push(frame),
                StackEntry::Native(native) => push_native_values(&native.task, &mut pending),
            }
        }
        if let Activity::Run(frame) | Activity::Unwind { frame, .. } = &self.activity {
            frames.push(frame);
        }
        for frame in &frames {
            push_frame_values(frame, &mut pending);
        }
        pending.extend(self.globals.iter().flatten().cloned());
        while let Some(value) = pending.pop() {
            let Some(id) = value.object_id() else {
                continue;
            };
            if !seen.insert(id) {
                continue;
            }
            memory.objects += 1;
            match &value {
                Value::List(list) => {
                    let items = list.items.borrow();
                    memory.elements += items.len();
                    pending.extend(items.iter().filter(|v| v.object_id().is_some()).cloned());
                }
                Value::Tuple(tuple) => {
                    memory.elements += tuple.items.len();
                    pending.extend(
                        tuple
                            .items
                            .iter()
                            .filter(|v| v.object_id().is_some())
                            .cloned(),
                    );
                }
                Value::Set(set) => {
                    let table = set.table.borrow();
                    memory.elements += table.len();
                    pending.extend(table.iter().filter(|v| v.object_id().is_some()).cloned());
                }
                Value::Dict(dict) => {
                    let table = dict.table.borrow();
                    memory.elements += table.len();
                    for (key, item) in table.iter() {
                        for value in [key, item] {
                            if value.object_id().is_some() {
                                pending.push(value.clone());
                            }
                        }
                    }
                }
                Value::Instance(instance) => {
                    pending.extend(instance.attrs.borrow().iter().map(|(_, v)| v.clone()));
                }
                Value::Function(function) => {
                    pending.extend(function.defaults.iter().cloned());
                    pending.extend(
                        function
                            .closure
                            .iter()
                            .filter_map(|cell| cell.value.borrow().clone()),
                    );
                }
                Value::BoundMethod(method) => {
                    pending.push(method.receiver.clone());
                    pending.push(method.function.clone());
                }
                Value::Generator(generator) => {
                    walker.note_generator(generator);
                    if let GenState::Created(frame) | GenState::Suspended(frame) =
                        &*generator.state.borrow()
                    {
                        push_frame_values(frame, &mut pending);
                    }
                }
                Value::Iterator(iterator) => {
                    push_iterator_values(&iterator.state.borrow(), &mut pending)
                }
                Value::DictView(view) => pending.push(Value::Dict(view.dict.clone())),
                _ => {}
            }
        }
        memory
    }
}

/// What a built-in routine holds while it waits on Python code: the
/// iterator `list()` or `sum()` consumes, the adapter `islice()` advances,
/// the generator being finalised. A generator
/// only a built-in holds (`list(islice(gen(), 5))`) is still live.
fn push_native_values(task: &NativeTask, pending: &mut Vec<Value>) {
    match task {
        NativeTask::Collect(collect) => {
            pending.extend(collect.iterable.iter().cloned());
            pending.push(collect.iterator.clone());
        }
        NativeTask::Adapter(adapter) => pending.push(Value::Iterator(adapter.iterator.clone())),
        NativeTask::Reversed(reversed) => pending.push(reversed.target.clone()),
        NativeTask::Construct(construct) => pending.extend(construct.args.iter().cloned()),
        NativeTask::Finalize(finalize) => {
            pending.push(Value::Generator(finalize.generator.clone()))
        }
        NativeTask::Stringify(_) | NativeTask::Vacant => {}
    }
}

fn push_frame_values(frame: &Frame, pending: &mut Vec<Value>) {
    pending.extend(frame.locals.iter().flatten().cloned());
    pending.extend(frame.stack.iter().cloned());
    pending.extend(
        frame
            .cells
            .iter()
            .filter_map(|cell| cell.value.borrow().clone()),
    );
    if let Some(namespace) = &frame.namespace {
        pending.push(Value::Dict(namespace.clone()));
    }
}

fn push_iterator_values(state: &IterState, pending: &mut Vec<Value>) {
    match state {
        IterState::List { list, .. } | IterState::ListReversed { list, .. } => {
            pending.push(Value::List(list.clone()))
        }
        IterState::Tuple { tuple, .. } => pending.push(Value::Tuple(tuple.clone())),
        IterState::Dict { dict, .. } => pending.push(Value::Dict(dict.clone())),
        IterState::Set { set, .. } => pending.push(Value::Set(set.clone())),
        IterState::Sequence { target, .. } => pending.push(target.clone()),
        IterState::Enumerate { source, .. }
        | IterState::Filter { source, .. }
        | IterState::TakeWhile { source, .. }
        | IterState::DropWhile { source, .. }
        | IterState::Islice { source, .. }
        | IterState::Accumulate { source, .. } => pending.push(source.clone()),
        IterState::Zip { sources, .. } | IterState::Map { sources, .. } => {
            pending.extend(sources.iter().cloned())
        }
        IterState::Chain { iterables, current } => {
            pending.push(iterables.clone());
            pending.extend(current.iter().cloned());
        }
        IterState::Cycle { source, saved, .. } => {
            pending.extend(source.iter().cloned());
            pending.extend(saved.iter().cloned());
        }
        IterState::ZipLongest { sources, .. } => pending.extend(sources.iter().flatten().cloned()),
        _ => {}
    }
}

fn in_flight(walker: &mut Walker, outcome: &Outcome, to: Option<u32>) -> InFlight {
    let (kind, value) = match outcome {
        Outcome::Value(value) => ("value", value),
        Outcome::Item(value) => ("item", value),
        Outcome::Done(value) => ("done", value),
        Outcome::Error(value) => ("exception", value),
    };
    InFlight {
        kind,
        value: walker.view(value),
        to,
    }
}

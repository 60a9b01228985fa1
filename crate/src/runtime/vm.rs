//! The virtual machine: program state plus the outer run loop.
//!
//! Execution is a sequence of small *activities* — run bytecode, unwind an
//! exception, deliver a finished frame's result, drive a native routine —
//! each of which emits at most one trace event. That is what lets the VM
//! stop exactly at any event and later resume from there: no Python-level
//! state ever lives on the Rust call stack.

use std::collections::HashMap;
use std::rc::Rc;

use crate::compiler::code::{CodeObject, Program};
use crate::runtime::builtins::types::{BuiltinType, ExcType};
use crate::runtime::builtins::{self, Types};
use crate::runtime::delivery::{Delivery, Outcome, Requester};
use crate::runtime::events::{Event, EventSink, Payload};
use crate::runtime::exceptions::Exc;
use crate::runtime::frame::{Frame, FrameId};
use crate::runtime::native::NativeFrame;
use crate::runtime::objects::FinalizeQueue;
use crate::runtime::value::{ObjId, Value};

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Frames waiting for the running one: callers, and native routines (such
/// as `sum` consuming a generator) that asked for a value.
pub enum StackEntry {
    Python(Box<Frame>),
    Native(Box<NativeFrame>),
}

/// What the VM does next.
pub enum Activity {
    /// Nothing left: the module finished or an exception escaped it.
    Idle,
    /// Execute the frame's bytecode.
    Run(Box<Frame>),
    /// An exception is propagating in this frame.
    Unwind {
        frame: Box<Frame>,
        exception: Value,
        origin: Origin,
    },
    /// A frame finished; its outcome goes to the top of the stack.
    Deliver {
        outcome: Outcome,
        requester: Requester,
    },
    /// A native routine continues with the outcome it waited for.
    Drive {
        native: Box<NativeFrame>,
        input: Outcome,
    },
}

/// How an exception came to be unwinding a frame; decides whether the frame
/// gets a traceback entry and the exception a new `__context__`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Raised by this frame's code.
    Raised,
    /// A bare `raise`: no new traceback entry.
    Reraised,
    /// Still on its way out after a handler that did not match it or a
    /// `finally` body: no new traceback entry, and no new event unless it
    /// leaves the frame.
    Continued,
    /// Escaped from a frame this one was waiting for.
    Propagated,
}

/// Why `run` returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunStatus {
    /// The module ran to its end (finalisers included).
    Finished,
    /// An exception escaped the module; it is in `Vm::uncaught`.
    Uncaught,
    /// Stopped at the event the caller asked for; `run` resumes.
    Paused,
    /// The step budget ran out; raising it and calling `run` resumes.
    BudgetExhausted,
}

pub struct Vm {
    pub program: Rc<Program>,
    pub globals: Vec<Option<Value>>,
    /// Global slots in the order they were (last) bound: the order CPython's
    /// module dict would list them in.
    pub global_order: Vec<u32>,
    pub global_slots: HashMap<Rc<str>, u32>,
    builtin_cache: Vec<Option<Value>>,
    pub types: Types,
    pub stack: Vec<StackEntry>,
    pub activity: Activity,
    pub uncaught: Option<Value>,
    next_object_id: ObjId,
    next_frame_id: FrameId,
    pub finalize_queue: Rc<FinalizeQueue>,
    pub recursion_limit: usize,
    /// Python frames alive on the stack, including the running one.
    pub python_depth: usize,
    /// Nesting of native routines driving each other synchronously.
    pub native_depth: usize,
    pub steps_remaining: u64,
    pub steps_taken: u64,
    pub output: String,
    pub errors: String,
    pub events: EventSink,
    budget_hit: bool,
    /// Finalisation at interpreter exit has begun.
    pub shutting_down: bool,
    shutdown_order: Vec<u32>,
    #[allow(clippy::vec_box)] // frames move in and out of the pool as boxes
    frame_pool: Vec<Box<Frame>>,
    #[allow(clippy::vec_box)]
    pub(crate) native_pool: Vec<Box<NativeFrame>>,
    pub itertools: Option<Value>,
    /// Iterators an iterator constructor's arguments were already turned
    /// into by running their Python `__iter__` (see `ConstructTask`).
    pub converted_iterators: Vec<Value>,
}

impl Vm {
    pub fn new(program: Rc<Program>) -> Vm {
        let finalize_queue = Rc::new(FinalizeQueue::default());
        finalize_queue.enabled.set(true);
        let mut vm = Vm {
            globals: vec![None; program.global_names.len()],
            global_order: Vec::new(),
            global_slots: program
                .global_names
                .iter()
                .enumerate()
                .map(|(slot, name)| (name.clone(), slot as u32))
                .collect(),
            builtin_cache: Vec::new(),
            types: Types::placeholder(),
            stack: Vec::new(),
            activity: Activity::Idle,
            uncaught: None,
            next_object_id: 1,
            next_frame_id: 1,
            finalize_queue,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            python_depth: 0,
            native_depth: 0,
            steps_remaining: u64::MAX,
            steps_taken: 0,
            output: String::new(),
            errors: String::new(),
            events: EventSink::default(),
            budget_hit: false,
            shutting_down: false,
            shutdown_order: Vec::new(),
            frame_pool: Vec::new(),
            native_pool: Vec::new(),
            itertools: None,
            converted_iterators: Vec::new(),
            program,
        };
        vm.types = Types::new(&mut vm);
        vm.next_object_id = 1;
        vm.builtin_cache = vm
            .program
            .global_names
            .clone()
            .iter()
            .map(|name| builtins::lookup(&vm, name))
            .collect();
        let module = vm.program.module.clone();
        let frame = vm.new_frame(module, Delivery::call());
        vm.python_depth = 1;
        vm.activity = Activity::Run(frame);
        vm
    }

    /// A VM in the same position as this one, over copied state (see
    /// `replica`).
    pub(crate) fn copy_with(
        &self,
        globals: Vec<Option<Value>>,
        stack: Vec<StackEntry>,
        activity: Activity,
        uncaught: Option<Value>,
        converted_iterators: Vec<Value>,
        finalize_queue: Rc<FinalizeQueue>,
    ) -> Vm {
        Vm {
            program: self.program.clone(),
            globals,
            global_order: self.global_order.clone(),
            global_slots: self.global_slots.clone(),
            builtin_cache: self.builtin_cache.clone(),
            types: self.types.share(),
            stack,
            activity,
            uncaught,
            next_object_id: self.next_object_id,
            next_frame_id: self.next_frame_id,
            finalize_queue,
            recursion_limit: self.recursion_limit,
            python_depth: self.python_depth,
            native_depth: self.native_depth,
            steps_remaining: self.steps_remaining,
            steps_taken: self.steps_taken,
            output: String::new(),
            errors: self.errors.clone(),
            events: EventSink::default(),
            budget_hit: self.budget_hit,
            shutting_down: self.shutting_down,
            shutdown_order: self.shutdown_order.clone(),
            frame_pool: Vec::new(),
            native_pool: Vec::new(),
            itertools: self.itertools.clone(),
            converted_iterators,
        }
    }

    pub fn alloc_id(&mut self) -> ObjId {
        let id = self.next_object_id;
        self.next_object_id += 1;
        id
    }

    pub fn alloc_frame_id(&mut self) -> FrameId {
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        id
    }

    pub fn new_frame(&mut self, code: Rc<CodeObject>, delivery: Delivery) -> Box<Frame> {
        let id = self.alloc_frame_id();
        match self.frame_pool.pop() {
            Some(mut frame) => {
                frame.id = id;
                frame.locals.clear();
                frame.locals.resize(code.local_names.len(), None);
                frame.ip = 0;
                frame.line = code.first_line;
                frame.delivery = delivery;
                frame.code = code;
                frame
            }
            None => Box::new(Frame::new(id, code, delivery)),
        }
    }

    /// Returns a finished frame's allocations to the pool. Its values are
    /// dropped here, which is when CPython would drop them too.
    pub fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        // CPython pops what is left on the value stack, top first, and
        // then clears the locals and cells in order.
        while frame.stack.pop().is_some() {}
        frame.locals.clear();
        frame.cells.clear();
        frame.blocks.clear();
        frame.handled = None;
        frame.namespace = None;
        frame.generator = None;
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(frame);
        }
    }

    pub fn set_step_budget(&mut self, steps: u64) {
        self.steps_remaining = steps;
        self.budget_hit = false;
    }

    /// Charges one step; returns false (and asks the loop to stop) when the
    /// budget is exhausted.
    #[inline]
    pub fn charge_step(&mut self) -> bool {
        if self.steps_remaining == 0 {
            self.budget_hit = true;
            self.set_attention();
            return false;
        }
        self.steps_remaining -= 1;
        self.steps_taken += 1;
        true
    }

    /// Whether the run loop must look up from the bytecode: a pause was
    /// requested, the step budget ran out, or a generator awaits closing.
    #[inline]
    pub fn attention(&self) -> bool {
        self.finalize_queue.attention.get()
    }

    pub fn set_attention(&self) {
        self.finalize_queue.attention.set(true);
    }

    pub fn record_event(&mut self, event: Event, payload: Option<Payload>) {
        if self.events.record(event, payload) {
            self.set_attention();
        }
    }

    pub fn load_global(&self, slot: u32) -> Option<Value> {
        match &self.globals[slot as usize] {
            Some(value) => Some(value.clone()),
            None => self.builtin_cache[slot as usize].clone(),
        }
    }

    pub fn store_global(&mut self, slot: u32, value: Value) {
        let entry = &mut self.globals[slot as usize];
        if entry.is_none() {
            self.global_order.push(slot);
        }
        // Drop the old value after the store, as CPython does: a finaliser
        // it triggers sees the new binding.
        let _old = entry.replace(value);
    }

    pub fn delete_global(&mut self, slot: u32) -> Option<Value> {
        let old = self.globals[slot as usize].take();
        if old.is_some() {
            self.global_order.retain(|&s| s != slot);
        }
        old
    }

    pub fn global_slot(&self, name: &str) -> Option<u32> {
        self.global_slots.get(name).copied()
    }

    pub fn builtin_type_class(&self, builtin: BuiltinType) -> Value {
        Value::Class(self.types.class(builtin))
    }

    pub fn new_exception(&mut self, kind: ExcType, args: Vec<Value>) -> Value {
        let class = self.types.exception(kind);
        self.instantiate_exception(class, args)
    }

    /// Runs until the program ends, a requested pause, or the budget.
    pub fn run(&mut self) -> RunStatus {
        loop {
            if self.attention() {
                self.finalize_queue.attention.set(false);
                if self.budget_hit {
                    self.set_attention();
                    return RunStatus::BudgetExhausted;
                }
                if self.events.take_pause() {
                    return RunStatus::Paused;
                }
                if self.has_pending_finalizers() {
                    self.set_attention();
                    // Finalisers run between bytecode instructions or native
                    // steps; whatever else is under way finishes first.
                    match std::mem::replace(&mut self.activity, Activity::Idle) {
                        Activity::Run(frame) => {
                            self.park(frame);
                            self.activity = self.start_finalizer(None);
                            continue;
                        }
                        Activity::Drive { native, input } => {
                            self.stack.push(StackEntry::Native(native));
                            self.activity = self.start_finalizer(Some(input));
                            continue;
                        }
                        other => self.activity = other,
                    }
                }
            }
            let activity = std::mem::replace(&mut self.activity, Activity::Idle);
            self.activity = match activity {
                Activity::Run(frame) => self.execute(frame),
                Activity::Unwind {
                    frame,
                    exception,
                    origin,
                } => self.unwind(frame, exception, origin),
                Activity::Deliver { outcome, requester } => {
                    match self.deliver(outcome, requester) {
                        // A native routine waits: continue it now unless the loop
                        // must stop here.
                        Activity::Drive { native, input } if !self.attention() => {
                            self.drive(native, input)
                        }
                        next => next,
                    }
                }
                Activity::Drive { native, input } => self.drive(native, input),
                Activity::Idle => match self.finish_program() {
                    Some(next) => next,
                    None => {
                        return if self.uncaught.is_some() {
                            RunStatus::Uncaught
                        } else {
                            RunStatus::Finished
                        }
                    }
                },
            };
        }
    }

    /// The module finished (or died): close suspended generators the way
    /// CPython's interpreter shutdown does, releasing the frames an uncaught
    /// exception kept (`sys.last_traceback`) and then clearing the module's
    /// globals in dict order, names starting with an underscore first.
    fn finish_program(&mut self) -> Option<Activity> {
        if self.has_pending_finalizers() {
            return Some(self.start_finalizer(None));
        }
        if !self.shutting_down {
            self.shutting_down = true;
            let (private, public): (Vec<u32>, Vec<u32>) =
                self.global_order.iter().partition(|&&slot| {
                    let name = &self.program.global_names[slot as usize];
                    name.starts_with('_') && !name.starts_with("__")
                });
            self.shutdown_order = private.into_iter().chain(public).rev().collect();
            if let Some(uncaught) = &self.uncaught {
                release_escaped_frames(uncaught);
                if self.has_pending_finalizers() {
                    return Some(self.start_finalizer(None));
                }
            }
        }
        while let Some(slot) = self.shutdown_order.pop() {
            let old = self.globals[slot as usize].take();
            drop(old);
            if self.has_pending_finalizers() {
                return Some(self.start_finalizer(None));
            }
        }
        None
    }

    pub fn raise_in(&mut self, frame: Box<Frame>, exc: Exc) -> Activity {
        let exception = self.materialize(exc);
        Activity::Unwind {
            frame,
            exception,
            origin: Origin::Raised,
        }
    }

    /// Materialises a pending built-in exception into an object.
    pub fn materialize(&mut self, exc: Exc) -> Value {
        match exc.into_repr() {
            crate::runtime::exceptions::ExcRepr::Object(value) => value,
            crate::runtime::exceptions::ExcRepr::Pending { kind, args } => {
                self.new_exception(kind, args)
            }
        }
    }

    pub fn is_instance_of_exc(&self, value: &Value, kind: ExcType) -> bool {
        match value {
            Value::Instance(instance) => instance.class.is_subclass_of(&self.types.exception(kind)),
            _ => false,
        }
    }
}

/// Drops the frames an exception and the exceptions chained to it kept
/// alive, in the order CPython frees them: each chained exception's
/// frames before its cause's and context's, and the uncaught exception's
/// own last (its traceback outlives it in `sys.last_traceback`).
fn release_escaped_frames(uncaught: &Value) {
    let mut seen: Vec<ObjId> = Vec::new();
    let mut pending = vec![uncaught.clone()];
    let mut own_frames = None;
    while let Some(exception) = pending.pop() {
        let Value::Instance(instance) = &exception else {
            continue;
        };
        let Some(data) = &instance.exception else {
            continue;
        };
        if seen.contains(&instance.id) {
            continue;
        }
        seen.push(instance.id);
        let mut data = data.borrow_mut();
        let frames = std::mem::take(&mut data.escaped_frames);
        let (cause, context) = (data.cause.clone(), data.context.clone());
        drop(data);
        if own_frames.is_none() {
            own_frames = Some(frames);
        } else {
            drop(frames);
        }
        pending.extend(context);
        pending.extend(cause);
    }
    drop(own_frames);
}

impl Drop for Vm {
    fn drop(&mut self) {
        // Tearing down drops suspended generators; none may be finalised
        // (that would run Python code with no VM to run it).
        self.finalize_queue.enabled.set(false);
        self.finalize_queue.pending.borrow_mut().clear();
    }
}

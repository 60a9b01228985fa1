//! Native routines that need Python code to finish: `sum` over a
//! generator, `map` with a Python function, `print` of an object with a
//! `__str__` method. Each is an explicit state machine living in a frame
//! on the VM's stack, so that the Python code it waits for runs as
//! ordinary heap frames — nothing is ever suspended on the Rust stack.

use crate::runtime::adapters::AdapterTask;
use crate::runtime::builtins::types::ExcType;
use crate::runtime::builtins::{ConstructTask, ReversedTask};
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::CollectTask;
use crate::runtime::delivery::{Outcome, Protocol, Requester};
use crate::runtime::exceptions::Exc;
use crate::runtime::finalize::FinalizeTask;
use crate::runtime::frame::FrameId;
use crate::runtime::stringify::StringifyTask;
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, StackEntry, Vm};

/// How deeply native routines may drive one another synchronously (for
/// example `chain(chain(chain(...)))`) before it is a `RecursionError`
/// rather than a Rust stack overflow.
const MAX_NATIVE_DEPTH: usize = 200;

pub struct NativeFrame {
    pub id: FrameId,
    pub requester: Requester,
    pub task: NativeTask,
}

pub enum NativeTask {
    Collect(CollectTask),
    Construct(ConstructTask),
    Reversed(ReversedTask),
    Adapter(AdapterTask),
    Stringify(StringifyTask),
    Finalize(FinalizeTask),
}

impl NativeTask {
    /// The built-in this routine implements, for the visualiser.
    pub fn name(&self) -> &'static str {
        match self {
            NativeTask::Collect(task) => task.name(),
            NativeTask::Construct(task) => task.name(),
            NativeTask::Reversed(_) => "reversed",
            NativeTask::Adapter(task) => task.name(),
            NativeTask::Stringify(task) => task.name(),
            NativeTask::Finalize(_) => "close",
        }
    }
}

/// What a native routine wants next.
pub enum Step {
    /// It is done.
    Complete(Outcome),
    /// The next item of this iterator (answered with `Item` or `Done`).
    Next(Value),
    /// The result of this call (answered with `Value`).
    Call(Value, Args),
    /// The result of calling a Python method under a protocol.
    CallProtocol(Value, Args, Protocol),
    /// `iter(value)` (answered with `Value`).
    Iter(Value),
}

impl Vm {
    /// Starts a native routine for the requester on top of the stack. The
    /// run loop drives it: routines that start routines (`sorted` over
    /// `map` over `map` ...) would otherwise nest on the Rust stack.
    pub(crate) fn start_native(&mut self, task: NativeTask, requester: Requester) -> Activity {
        let id = self.alloc_frame_id();
        let native = Box::new(NativeFrame {
            id,
            requester,
            task,
        });
        Activity::Drive {
            native,
            input: Outcome::Value(Value::None),
        }
    }

    /// Starts a native routine from a built-in's body.
    pub(crate) fn run_native(
        &mut self,
        task: NativeTask,
        requester: &Requester,
    ) -> Result<Called, Exc> {
        let activity = self.start_native(task, requester.clone());
        Ok(Called::Then(activity))
    }

    /// Runs a native routine until it needs a Python frame or finishes.
    pub(crate) fn drive(&mut self, mut native: Box<NativeFrame>, mut input: Outcome) -> Activity {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            let exc = Exc::new(ExcType::RecursionError, "maximum recursion depth exceeded");
            let exception = self.materialize_fresh(exc);
            return self.route(Outcome::Error(exception), native.requester);
        }
        self.native_depth += 1;
        let activity = loop {
            if self.attention() {
                break Activity::Drive { native, input };
            }
            let step = match &mut native.task {
                NativeTask::Collect(task) => task.step(self, input),
                NativeTask::Construct(task) => task.step(self, input),
                NativeTask::Reversed(task) => task.step(self, input),
                NativeTask::Adapter(task) => task.step(self, input),
                NativeTask::Stringify(task) => task.step(self, input),
                NativeTask::Finalize(task) => task.step(self, input),
            };
            match step {
                Step::Complete(outcome) => break self.route(outcome, native.requester),
                Step::Next(iterator) => {
                    // Native loops count against the budget too; when it runs
                    // out, the attention check above stops before the next
                    // step with this item safely held in `input`.
                    self.charge_step();
                    let immediate = match &iterator {
                        Value::Iterator(native_iterator) => self.next_immediate(native_iterator),
                        _ => None,
                    };
                    match immediate {
                        Some(outcome) => input = outcome,
                        None => {
                            self.stack.push(StackEntry::Native(native));
                            break self.iterate(iterator, Requester::Native);
                        }
                    }
                }
                Step::Call(callable, args) => {
                    self.stack.push(StackEntry::Native(native));
                    let result =
                        self.call_with(callable, args, Requester::NativeCall { default: None });
                    match self.native_call_result(result) {
                        Ok(outcome) => {
                            native = self.pop_native();
                            input = outcome;
                        }
                        Err(activity) => break activity,
                    }
                }
                Step::CallProtocol(callable, args, protocol) => {
                    self.stack.push(StackEntry::Native(native));
                    // Iteration protocols answer with items, not values.
                    let requester = match protocol {
                        Protocol::NextMethod | Protocol::SequenceItem => Requester::Native,
                        _ => Requester::NativeCall { default: None },
                    };
                    let result = self.call_with_protocol(callable, args, protocol, requester);
                    match self.native_call_result(result) {
                        Ok(outcome) => {
                            native = self.pop_native();
                            input = outcome;
                        }
                        Err(activity) => break activity,
                    }
                }
                Step::Iter(iterable) => {
                    self.stack.push(StackEntry::Native(native));
                    let result =
                        self.get_iter_with(iterable, Requester::NativeCall { default: None });
                    match self.native_call_result(result) {
                        Ok(outcome) => {
                            native = self.pop_native();
                            input = outcome;
                        }
                        Err(activity) => break activity,
                    }
                }
            }
        };
        self.native_depth -= 1;
        activity
    }

    /// A call a native routine made: its immediate outcome, or the activity
    /// that runs it (the routine waits on the stack meanwhile).
    fn native_call_result(&mut self, result: Result<Called, Exc>) -> Result<Outcome, Activity> {
        match result {
            Ok(Called::Value(value)) => Ok(Outcome::Value(value)),
            Ok(Called::Then(activity)) => Err(activity),
            Err(exc) => Ok(Outcome::Error(self.materialize_fresh(exc))),
        }
    }

    fn pop_native(&mut self) -> Box<NativeFrame> {
        match self.stack.pop() {
            Some(StackEntry::Native(native)) => native,
            _ => unreachable!("the native routine was pushed just before the call"),
        }
    }
}

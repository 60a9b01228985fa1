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
    /// A pooled frame's placeholder: holds nothing, so a pooled frame keeps
    /// no object alive.
    Vacant,
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
            NativeTask::Vacant => "",
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
        let native = match self.native_pool.pop() {
            Some(mut native) => {
                native.id = id;
                native.requester = requester;
                native.task = task;
                native
            }
            None => Box::new(NativeFrame {
                id,
                requester,
                task,
            }),
        };
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
                NativeTask::Vacant => Step::Complete(input),
            };
            match step {
                Step::Complete(outcome) => {
                    let requester = std::mem::replace(&mut native.requester, Requester::Discard);
                    // Its allocation is reused; what it held is dropped now,
                    // when CPython would drop it.
                    native.task = NativeTask::Vacant;
                    if self.native_pool.len() < 32 {
                        self.native_pool.push(native);
                    }
                    // Usually a routine below waits for this one (`sum` over
                    // `map`): carry on with it here.
                    let activity = self.route(outcome, requester);
                    match self.answered_at_once(activity) {
                        Ok((waiting, outcome)) => {
                            native = waiting;
                            input = outcome;
                        }
                        Err(activity) => break activity,
                    }
                }
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
                            let activity = self.iterate_pending(iterator, Requester::Native);
                            match self.answered_at_once(activity) {
                                Ok((answered, outcome)) => {
                                    native = answered;
                                    input = outcome;
                                }
                                Err(activity) => break activity,
                            }
                        }
                    }
                }
                Step::Call(_, _) | Step::CallProtocol(_, _, _) | Step::Iter(_) => {
                    self.stack.push(StackEntry::Native(native));
                    let result = self.make_call(step);
                    let answered = match self.native_call_result(result) {
                        Ok(outcome) => Ok((self.pop_native(), outcome)),
                        Err(activity) => self.answered_at_once(activity),
                    };
                    match answered {
                        Ok((answered, outcome)) => {
                            native = answered;
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

    /// Starts the call a routine asked for, with the routine waiting on top
    /// of the stack.
    fn make_call(&mut self, step: Step) -> Result<Called, Exc> {
        let as_call = Requester::NativeCall { default: None };
        match step {
            Step::Call(callable, args) => self.call_with(callable, args, as_call),
            Step::CallProtocol(callable, args, protocol) => {
                // Iteration protocols answer with items, not values.
                let requester = match protocol {
                    Protocol::NextMethod | Protocol::SequenceItem => Requester::Native,
                    _ => as_call,
                };
                self.call_with_protocol(callable, args, protocol, requester)
            }
            Step::Iter(iterable) => self.get_iter_with(iterable, as_call),
            Step::Complete(_) | Step::Next(_) => unreachable!("only calls are made here"),
        }
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

    /// When what comes next is native too — an answer addressed to the
    /// routine on top of the stack (a nested built-in finished at once),
    /// or another routine to run (the nested built-in needs a step of its
    /// own) — carry on with it in this loop, rather than through the run
    /// loop (a round trip per item and level) or by recursion (which would
    /// grow the Rust stack per item).
    fn answered_at_once(
        &mut self,
        activity: Activity,
    ) -> Result<(Box<NativeFrame>, Outcome), Activity> {
        if self.attention() {
            return Err(activity);
        }
        match activity {
            Activity::Deliver { outcome, requester }
                if matches!(self.stack.last(), Some(StackEntry::Native(_))) =>
            {
                let native = self.pop_native();
                let input = self.as_call_result(outcome, requester);
                Ok((native, input))
            }
            Activity::Drive { native, input } => Ok((native, input)),
            other => Err(other),
        }
    }

    fn pop_native(&mut self) -> Box<NativeFrame> {
        match self.stack.pop() {
            Some(StackEntry::Native(native)) => native,
            _ => unreachable!("the native routine was pushed just before the call"),
        }
    }
}

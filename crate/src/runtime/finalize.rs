//! Closing generators nobody references any more, as CPython's
//! `_PyGen_Finalize` does: their `finally` blocks run at that moment, and
//! an error there is reported as "Exception ignored in" without stopping
//! the program.

use std::rc::Rc;

use crate::runtime::delivery::{Outcome, Requester};
use crate::runtime::events::Via;
use crate::runtime::generators::ResumeAction;
use crate::runtime::native::{NativeFrame, NativeTask, Step};
use crate::runtime::objects::GeneratorObj;
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, StackEntry, Vm};

pub struct FinalizeTask {
    pub(crate) generator: Rc<GeneratorObj>,
    /// What the native routine the close interrupted was about to receive;
    /// it gets it once the close is done.
    pub(crate) interrupted: Option<Outcome>,
}

impl FinalizeTask {
    pub fn step(&mut self, vm: &mut Vm, input: Outcome) -> Step {
        if let Outcome::Error(exception) = input {
            let description = vm.repr_native(&Value::Generator(self.generator.clone()));
            vm.report_unraisable(&description, &exception);
        }
        Step::Complete(
            self.interrupted
                .take()
                .unwrap_or(Outcome::Value(Value::None)),
        )
    }
}

impl Vm {
    pub(crate) fn has_pending_finalizers(&self) -> bool {
        !self.finalize_queue.pending.borrow().is_empty()
    }

    /// Closes the most recently queued generator. Whatever was running waits
    /// on the stack (or nothing was, at shutdown) and continues afterwards.
    /// The run loop starts the next queued close above this one before any
    /// of its code runs, so the `finally` blocks run in queue order: the
    /// order the generators' last references went away, as in CPython.
    /// `interrupted` is the input of a native routine parked on top of the
    /// stack to let the close run first.
    pub(crate) fn start_finalizer(&mut self, interrupted: Option<Outcome>) -> Activity {
        let Some(generator) = self.finalize_queue.pending.borrow_mut().pop() else {
            return Activity::Idle;
        };
        let id = self.alloc_frame_id();
        self.stack.push(StackEntry::Native(Box::new(NativeFrame {
            id,
            requester: Requester::Discard,
            task: NativeTask::Finalize(FinalizeTask {
                generator: generator.clone(),
                interrupted,
            }),
        })));
        self.resume_generator(
            &generator,
            ResumeAction::Close,
            Requester::Close,
            Via::Finalize,
        )
    }

    /// CPython's `PyErr_WriteUnraisable`: the error goes to stderr and the
    /// program carries on.
    pub(crate) fn report_unraisable(&mut self, description: &str, exception: &Value) {
        let mut text = format!("Exception ignored in: {description}\n");
        text.push_str(&self.format_traceback(exception));
        self.errors.push_str(&text);
    }
}

//! Generator objects: a suspended frame plus CPython's four states.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::compiler::code::CodeObject;
use crate::runtime::frame::Frame;
use crate::runtime::value::ObjId;

/// The lifecycle `inspect.getgeneratorstate` reports. The suspended states
/// own the frame, so "resume a running generator" cannot even be expressed:
/// resuming takes the frame out and leaves `Running` behind.
pub enum GenState {
    /// Called, body not started.
    Created(Box<Frame>),
    /// Paused at a `yield`.
    Suspended(Box<Frame>),
    /// Its frame is on the VM's stack; `frame_id` names it.
    Running {
        frame_id: u32,
    },
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenStateName {
    Created,
    Running,
    Suspended,
    Closed,
}

impl GenStateName {
    pub fn as_str(self) -> &'static str {
        match self {
            GenStateName::Created => "CREATED",
            GenStateName::Running => "RUNNING",
            GenStateName::Suspended => "SUSPENDED",
            GenStateName::Closed => "CLOSED",
        }
    }
}

impl GenState {
    pub fn name(&self) -> GenStateName {
        match self {
            GenState::Created(_) => GenStateName::Created,
            GenState::Suspended(_) => GenStateName::Suspended,
            GenState::Running { .. } => GenStateName::Running,
            GenState::Closed => GenStateName::Closed,
        }
    }
}

/// Suspended generators whose last reference went away and whose frame has
/// a handler that could observe `GeneratorExit` (a `finally` or `except`):
/// CPython closes them on the spot, so the VM drains this queue between
/// instructions.
#[derive(Default)]
pub struct FinalizeQueue {
    pub enabled: Cell<bool>,
    pub pending: RefCell<Vec<Rc<GeneratorObj>>>,
    /// The VM's "look up from the bytecode" flag, shared so that a drop
    /// deep inside an instruction can raise it.
    pub attention: Cell<bool>,
}

pub struct GeneratorObj {
    pub id: ObjId,
    pub code: Rc<CodeObject>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub state: RefCell<GenState>,
    /// What the visualiser shows on the generator's card, as short reprs:
    /// holding the values themselves would keep them alive.
    pub last_yielded: RefCell<Option<String>>,
    pub last_sent: RefCell<Option<String>>,
    pub finalize_queue: Rc<FinalizeQueue>,
    /// CPython finalises an object at most once (PEP 442): a generator
    /// that survives its `close()` is not closed again when it dies.
    pub finalized: Cell<bool>,
}

impl GeneratorObj {
    pub fn state_name(&self) -> GenStateName {
        self.state.borrow().name()
    }
}

impl Drop for GeneratorObj {
    fn drop(&mut self) {
        if !self.finalize_queue.enabled.get() || self.finalized.get() {
            return;
        }
        let state = std::mem::replace(self.state.get_mut(), GenState::Closed);
        let GenState::Suspended(frame) = state else {
            return;
        };
        if frame.blocks.is_empty() {
            return;
        }
        let Ok(mut pending) = self.finalize_queue.pending.try_borrow_mut() else {
            return;
        };
        // Resurrect under the same identity so the close is shown as
        // happening to the same generator.
        self.finalize_queue.attention.set(true);
        pending.push(Rc::new(GeneratorObj {
            id: self.id,
            code: self.code.clone(),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            state: RefCell::new(GenState::Suspended(frame)),
            last_yielded: RefCell::new(self.last_yielded.get_mut().take()),
            last_sent: RefCell::new(self.last_sent.get_mut().take()),
            finalize_queue: self.finalize_queue.clone(),
            finalized: Cell::new(true),
        }));
    }
}

//! Activation records. Frames live on the heap: the VM keeps a stack of
//! them, and a suspended generator simply owns its frame.

use std::rc::Rc;

use crate::compiler::code::CodeObject;
use crate::runtime::delivery::Delivery;
use crate::runtime::objects::{CellRef, DictObj, GeneratorObj};
use crate::runtime::value::Value;

pub type FrameId = u32;

/// An active `try`: where to jump when an exception is raised inside it,
/// and the value-stack depth to cut back to first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

pub struct Frame {
    /// Stable for the frame's life (a generator keeps its frame id across
    /// suspensions), so the visualiser can follow it.
    pub id: FrameId,
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub ip: usize,
    pub stack: Vec<Value>,
    /// `None` is an unbound local.
    pub locals: Vec<Option<Value>>,
    /// Cell variables, then free variables (see `CodeObject::cell_names`).
    pub cells: Vec<CellRef>,
    pub blocks: Vec<Block>,
    /// The exception an `except` block of this frame is handling, which
    /// a bare `raise` re-raises and new exceptions chain to.
    pub handled: Option<Value>,
    /// A class body's namespace.
    pub namespace: Option<Rc<DictObj>>,
    /// The generator this frame belongs to, while it runs. A suspended
    /// frame drops this link so the generator and its frame form no cycle.
    pub generator: Option<Rc<GeneratorObj>>,
    /// What the caller wants done with this frame's result.
    pub delivery: Delivery,
    /// Line of the last `line` event, for the trace.
    pub line: u32,
}

impl Frame {
    pub fn new(id: FrameId, code: Rc<CodeObject>, delivery: Delivery) -> Frame {
        let local_count = code.local_names.len();
        Frame {
            id,
            stack: Vec::with_capacity(8),
            locals: vec![None; local_count],
            cells: Vec::new(),
            blocks: Vec::new(),
            handled: None,
            namespace: None,
            generator: None,
            delivery,
            line: code.first_line,
            ip: 0,
            code,
        }
    }

    /// The line the frame is executing (or paused at): the line of the last
    /// instruction run, or the `def` line when nothing has run yet, as
    /// CPython reports for a generator that has not started.
    pub fn current_line(&self) -> u32 {
        if self.ip == 0 {
            self.code.first_line
        } else {
            self.code.location(self.ip - 1).line
        }
    }

    pub fn location(&self) -> crate::compiler::code::Location {
        if self.ip == 0 {
            self.code.location(0)
        } else {
            self.code.location(self.ip - 1)
        }
    }
}

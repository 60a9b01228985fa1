//! The events the VM reports while it runs, compact enough to record
//! millions of them. Values are kept as short reprs, never as references:
//! holding a reference would keep objects alive and change when CPython
//! semantics say they die.

use crate::runtime::frame::FrameId;
use crate::runtime::value::ObjId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum EventKind {
    /// A frame moved to a new line.
    Line,
    /// A function's frame was pushed.
    Call,
    /// A function's frame returned a value to its caller.
    Return,
    /// A generator function was called: the object exists, its body has
    /// not run.
    GenCreate,
    /// Control passed into a generator.
    Resume,
    /// A generator handed a value to whoever resumed it and paused.
    Yield,
    /// A generator finished (its `StopIteration` carries the value).
    GenReturn,
    /// An exception was raised in, or propagated into, a frame.
    Raise,
    /// An `except` handler caught an exception.
    Except,
    /// Text was printed.
    Output,
    /// A `for` loop's hidden `iter()` call.
    Iter,
    /// A `for` loop's hidden `next()` call on a non-generator iterator.
    Next,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Line => "line",
            EventKind::Call => "call",
            EventKind::Return => "return",
            EventKind::GenCreate => "gen_create",
            EventKind::Resume => "resume",
            EventKind::Yield => "yield",
            EventKind::GenReturn => "gen_return",
            EventKind::Raise => "raise",
            EventKind::Except => "except",
            EventKind::Output => "output",
            EventKind::Iter => "iter",
            EventKind::Next => "next",
        }
    }

    pub const ALL: [EventKind; 12] = [
        EventKind::Line,
        EventKind::Call,
        EventKind::Return,
        EventKind::GenCreate,
        EventKind::Resume,
        EventKind::Yield,
        EventKind::GenReturn,
        EventKind::Raise,
        EventKind::Except,
        EventKind::Output,
        EventKind::Iter,
        EventKind::Next,
    ];
}

/// How control entered a generator (or which routine asked for an item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Via {
    None,
    Next,
    Send,
    Throw,
    Close,
    For,
    YieldFrom,
    /// A built-in consuming an iterator (`sum`, `list`, `zip`, ...).
    Builtin,
    /// A generator being closed because nothing references it any more.
    Finalize,
    /// An exception no handler in the frame took, leaving it after its
    /// `finally` bodies ran.
    Unhandled,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::None => "",
            Via::Next => "next",
            Via::Send => "send",
            Via::Throw => "throw",
            Via::Close => "close",
            Via::For => "for",
            Via::YieldFrom => "yield_from",
            Via::Builtin => "builtin",
            Via::Finalize => "finalize",
            Via::Unhandled => "unhandled",
        }
    }
}

pub const NO_FRAME: FrameId = 0;
pub const NO_PAYLOAD: u32 = u32::MAX;

/// One event: 20 bytes, with values and text kept aside in `Payload`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    pub via: Via,
    /// A `for` loop's hidden `iter()`/`next()`, shown only on request.
    pub implicit: bool,
    pub line: u32,
    /// The frame the event happens in (for transfers: where control goes).
    pub frame: FrameId,
    /// For transfers of control: where it comes from.
    pub from: FrameId,
    pub payload: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Payload {
    /// `repr()` of the value involved, shortened.
    pub value: Option<String>,
    /// The object id, when the value is a heap object.
    pub value_id: Option<ObjId>,
    /// The generator involved.
    pub generator: Option<ObjId>,
    /// Printed text, or an exception's `Type: message` line.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SinkMode {
    /// Events are not even counted (plain `run`).
    #[default]
    Off,
    /// Events are counted, for replaying up to a known step.
    Count,
    /// Events are counted and stored.
    Record,
}

#[derive(Default)]
pub struct EventSink {
    pub mode: SinkMode,
    pub count: u64,
    pub events: Vec<Event>,
    pub payloads: Vec<Payload>,
    /// Stop once `count` reaches this.
    pub pause_at: Option<u64>,
    pause_pending: bool,
}

impl EventSink {
    #[inline]
    pub fn is_on(&self) -> bool {
        self.mode != SinkMode::Off
    }

    #[inline]
    pub fn is_recording(&self) -> bool {
        self.mode == SinkMode::Record
    }

    /// Records an event; returns true when the VM should pause after it.
    pub fn record(&mut self, mut event: Event, payload: Option<Payload>) -> bool {
        if self.mode == SinkMode::Record {
            if let Some(payload) = payload {
                event.payload = self.payloads.len() as u32;
                self.payloads.push(payload);
            }
            self.events.push(event);
        }
        self.count += 1;
        if self.pause_at.is_some_and(|at| self.count >= at) {
            self.pause_pending = true;
            return true;
        }
        false
    }

    pub fn take_pause(&mut self) -> bool {
        std::mem::take(&mut self.pause_pending)
    }
}

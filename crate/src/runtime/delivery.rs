//! How a finished frame's result reaches whoever is waiting for it.
//!
//! A frame ends in one of three raw ways: it returns, it yields, or an
//! exception escapes it. What that *means* depends on why the frame ran
//! (its [`Protocol`]): a generator returning means "exhausted", a
//! `__next__` method raising `StopIteration` means the same. The meaning,
//! an [`Outcome`], then goes to the [`Requester`]: the instruction or
//! native routine that asked.

use crate::runtime::value::Value;

/// The raw end of a frame (or the pause, for `Yield`).
#[derive(Debug)]
pub enum Completion {
    Return(Value),
    Yield(Value),
    Raise(Value),
}

/// A completion interpreted through the frame's protocol.
#[derive(Debug)]
pub enum Outcome {
    /// A plain result: a call returned.
    Value(Value),
    /// An iteration step produced an item.
    Item(Value),
    /// An iteration ended; carries the generator's return value
    /// (`StopIteration.value`).
    Done(Value),
    Error(Value),
}

/// Why a Python frame runs, which decides how its completion is read.
#[derive(Debug, Clone)]
pub enum Protocol {
    /// An ordinary call.
    Call,
    /// A generator's frame, resumed by `next`, `send`, `throw`, `for`, ...
    Generator,
    /// A class-defined `__next__`: `StopIteration` means exhausted.
    NextMethod,
    /// `__init__`: must return `None`; the call's value is the instance.
    Init(Value),
    /// `__len__`: must return a non-negative int.
    Len,
    /// `__str__` / `__repr__`: must return a str.
    Text(&'static str),
    /// `__contains__` / `__bool__` / `__len__` for truth: the result's
    /// truth value, negated for `not in`.
    Truth { negate: bool },
    /// `__getitem__` while iterating a sequence: `IndexError` (or
    /// `StopIteration`) ends the iteration.
    SequenceItem,
    /// `__iter__`: must return an iterator.
    Iter,
    /// A class body: its namespace becomes the class.
    ClassBody(Box<ClassSpec>),
}

#[derive(Debug, Clone)]
pub struct ClassSpec {
    pub name: std::rc::Rc<str>,
    pub qualname: std::rc::Rc<str>,
    pub bases: Vec<Value>,
}

/// Who receives the outcome.
#[derive(Debug, Clone)]
pub enum Requester {
    /// Push the value on the waiting Python frame's stack (a call's result,
    /// or the item `next()`/`send()`/`throw()` return). `Done` raises
    /// `StopIteration`, or pushes the default of `next(it, default)`.
    Push { default: Option<Value> },
    /// A `ForIter` instruction: push the item, or pop the iterator and jump
    /// to the loop's exit.
    ForIter,
    /// A `Send` instruction (`yield from`): push the item, or replace the
    /// delegate with its return value and jump past the loop.
    YieldFrom,
    /// `close()`: yielding is an error; finishing or `GeneratorExit` is
    /// success (`None`).
    Close,
    /// Closing the delegate of a generator paused in `yield from`, before
    /// `GeneratorExit` is thrown into the generator itself (the Python frame
    /// below).
    CloseDelegate,
    /// Nothing waits for the value: the frame below simply continues (a
    /// finaliser ran in between).
    Discard,
    /// The native frame directly below asked for an item (`Item`/`Done`).
    Native,
    /// The native frame directly below made a call: an item is the call's
    /// value, and an exhausted generator means `StopIteration` (or the
    /// default `next(it, default)` was given).
    NativeCall { default: Option<Value> },
    /// Push the items of the resulting list, first item on top
    /// (unpacking).
    PushItems,
}

/// What a frame carries about its result's destination.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub protocol: Protocol,
    pub requester: Requester,
}

impl Delivery {
    pub const fn call() -> Delivery {
        Delivery {
            protocol: Protocol::Call,
            requester: Requester::Push { default: None },
        }
    }

    pub fn new(protocol: Protocol, requester: Requester) -> Delivery {
        Delivery {
            protocol,
            requester,
        }
    }
}

//! The trace schema: what one step of a traced program looks like to a
//! front end. Every step is self-contained — a renderer needs no other
//! step to draw it. `docs/trace-schema.md` documents it for front ends;
//! `www/src/core/schema.ts` mirrors it in TypeScript.

use serde::Serialize;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const LITERAL_TYPES: &str = r#"
export type EventKind = "line" | "call" | "return" | "gen_create" | "resume" | "yield" | "gen_return" | "raise" | "except" | "output" | "iter" | "next";
export type Via = "" | "next" | "send" | "throw" | "close" | "for" | "yield_from" | "builtin" | "finalize" | "unhandled";
export type GeneratorState = "CREATED" | "RUNNING" | "SUSPENDED" | "CLOSED";
export type ObjectKind = "list" | "tuple" | "dict" | "set" | "instance" | "exception" | "class" | "function" | "method" | "generator" | "iterator" | "range" | "view" | "module" | "other";
"#;

/// Bumped whenever a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct StepState {
    pub schema: u32,
    pub step: u64,
    pub event: EventView,
    /// The call stack, outermost first; the last frame is the one running
    /// (or about to run) unless something is in flight.
    pub frames: Vec<FrameView>,
    /// Every live generator, in creation order, including ones not started
    /// and ones on no stack.
    pub generators: Vec<GeneratorView>,
    /// Heap objects reachable from the frames and generators, in the order
    /// first reached.
    pub objects: Vec<ObjectView>,
    /// The end of the output printed so far (all of it unless
    /// `output_truncated`).
    pub output: String,
    pub output_length: usize,
    pub output_truncated: bool,
    pub memory: MemoryView,
    /// A value or exception travelling between frames at this step.
    pub in_flight: Option<InFlight>,
    /// Whether this is the trace's last step, and why it ends.
    pub end: Option<EndView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EventView {
    pub index: u64,
    /// `line`, `call`, `return`, `gen_create`, `resume`, `yield`,
    /// `gen_return`, `raise`, `except`, `output`, `iter`, `next`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "EventKind"))]
    pub kind: &'static str,
    /// For `resume`: `next`, `send`, `throw`, `close`, `for`, `yield_from`,
    /// `builtin`, `finalize`; for a propagating `raise`: `builtin`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Via"))]
    pub via: &'static str,
    /// A `for` loop's hidden `iter()`/`next()`.
    pub implicit: bool,
    pub line: u32,
    /// Where the event happens (for transfers: the receiving frame).
    pub frame: u32,
    /// For transfers: the frame control or a value comes from.
    pub from: Option<u32>,
    /// The value involved, as a short repr.
    pub value: Option<String>,
    pub value_id: Option<u32>,
    pub generator: Option<u32>,
    /// Printed text, or an exception's `Type: message`.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FrameView {
    pub id: u32,
    /// `python`, or `builtin` for a built-in routine waiting on Python code
    /// (`sum` consuming a generator, `print` calling `__str__`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "\"python\" | \"builtin\""))]
    pub kind: &'static str,
    pub name: String,
    pub qualname: String,
    pub line: u32,
    pub span: SpanView,
    pub locals: Vec<Binding>,
    /// The hidden iterators of the `for` loops it is inside, outermost first.
    pub loops: Vec<LoopView>,
    /// The generator this frame belongs to.
    pub generator: Option<u32>,
    /// Whether this frame is the one executing.
    pub running: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SpanView {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Binding {
    pub name: String,
    pub value: ValueView,
}

/// The iterator a `for` loop (or a comprehension's) keeps where no name
/// shows it: `for word in words` advances an iterator over `words`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LoopView {
    /// The line of the `for`.
    pub line: u32,
    /// The loop's target as written: `word`, `(i, word)`.
    pub target: String,
    pub iterator: ValueView,
}

/// A value as drawn: small immutable values inline, everything else a
/// reference to an object in `objects`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ValueView {
    #[serde(rename_all = "camelCase")]
    Prim { type_name: String, repr: String },
    #[serde(rename_all = "camelCase")]
    Ref { id: u32, type_name: String },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct GeneratorView {
    pub id: u32,
    pub name: String,
    pub qualname: String,
    /// `CREATED`, `RUNNING`, `SUSPENDED` or `CLOSED`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "GeneratorState"))]
    pub state: &'static str,
    pub frame: Option<u32>,
    /// Where it is paused; before it starts, the first line of its body,
    /// where the first `next()` will start it.
    pub line: u32,
    pub span: SpanView,
    pub locals: Vec<Binding>,
    /// The hidden iterators of the loops it is paused inside.
    pub loops: Vec<LoopView>,
    pub last_yielded: Option<String>,
    pub last_sent: Option<String>,
    /// What a `yield from` inside it is delegating to (suspended or running).
    pub delegate: Option<ValueView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ObjectView {
    pub id: u32,
    /// `type(obj).__name__`.
    pub type_name: String,
    /// `list`, `tuple`, `dict`, `set`, `instance`, `exception`, `class`,
    /// `function`, `method`, `generator`, `iterator`, `range`, `view`,
    /// `module`, `other`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "ObjectKind"))]
    pub kind: &'static str,
    pub repr: String,
    pub length: Option<usize>,
    /// Sequence and set items (at most `ITEM_LIMIT`).
    pub items: Vec<ValueView>,
    /// Dict entries (at most `ITEM_LIMIT`).
    pub entries: Vec<(ValueView, ValueView)>,
    /// Instance attributes, class attributes, function defaults.
    pub attributes: Vec<Binding>,
    pub truncated: bool,
    pub iterator: Option<IteratorView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct IteratorView {
    /// The sequence a cursor iterator walks.
    pub over: Option<ValueView>,
    /// Index of the next item in `over`.
    pub position: Option<usize>,
    /// The next value it will produce, when known without running code
    /// (ranges, `count`, `repeat`).
    pub next: Option<String>,
    pub exhausted: bool,
    /// The iterators or iterables an adapter pulls from.
    pub sources: Vec<ValueView>,
    /// The function or predicate an adapter applies.
    pub function: Option<ValueView>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MemoryView {
    /// Heap objects reachable from the program.
    pub objects: usize,
    /// Items held by reachable containers: what a list materialises and a
    /// generator does not.
    pub elements: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct InFlight {
    /// `value`, `item`, `done` (an iterator finished), or `exception`.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"value\" | \"item\" | \"done\" | \"exception\"")
    )]
    pub kind: &'static str,
    pub value: ValueView,
    /// The frame receiving it.
    pub to: Option<u32>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EndView {
    /// `finished`, `error` (an uncaught exception) or `budget` (stopped by
    /// the step budget; extending the trace continues it).
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"finished\" | \"error\" | \"budget\"")
    )]
    pub reason: &'static str,
    /// For `error`: the traceback CPython would print.
    pub traceback: Option<String>,
    pub error: Option<String>,
}

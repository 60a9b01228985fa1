//! Built-in iterators. Each keeps its cursor in plain fields so that the
//! visualiser can draw exactly where it points (e.g. a `list_iterator` at
//! index 2 of its list) and when it is exhausted.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::{DictObj, ListObj, PyStr, SetObj, TupleObj};
use crate::runtime::value::{ObjId, Value};

pub struct IteratorObj {
    pub id: ObjId,
    pub state: RefCell<IterState>,
}

pub enum IterState {
    List {
        list: Rc<ListObj>,
        index: usize,
    },
    ListReversed {
        list: Rc<ListObj>,
        /// Next index to produce, counting down; `None` when exhausted.
        index: Option<usize>,
    },
    Tuple {
        tuple: Rc<TupleObj>,
        index: usize,
    },
    Str {
        text: Rc<PyStr>,
        /// Code-point index and the matching byte offset.
        index: usize,
        byte: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
        /// Items left, so that the cursor never overflows.
        remaining: i64,
    },
    Dict {
        dict: Rc<DictObj>,
        kind: crate::runtime::objects::DictViewKind,
        /// Position in the dict's entry table (holes included).
        position: usize,
        /// Size when iteration started: CPython raises if it changes.
        expected_len: usize,
        /// Items produced so far (for the visualiser's cursor).
        produced: usize,
    },
    Set {
        set: Rc<SetObj>,
        position: usize,
        expected_len: usize,
        produced: usize,
    },
    /// `iter(obj)` for a class with `__getitem__` but no `__iter__`, or
    /// `reversed(obj)` for one with `__len__` and `__getitem__`.
    Sequence {
        target: Value,
        index: i64,
        reversed: bool,
    },
    /// `iter(callable, sentinel)`
    Callable {
        function: Value,
        sentinel: Value,
    },
    Enumerate {
        source: Value,
        count: Value,
    },
    Zip {
        sources: Rc<[Value]>,
        strict: bool,
    },
    Map {
        function: Value,
        sources: Rc<[Value]>,
    },
    Filter {
        /// `None` keeps truthy items.
        predicate: Value,
        source: Value,
    },
    Count {
        next: Value,
        step: Value,
    },
    Islice {
        source: Value,
        /// Index in the source of the next item to yield.
        next_index: i64,
        /// Source items consumed so far.
        consumed: i64,
        stop: Option<i64>,
        step: i64,
    },
    TakeWhile {
        predicate: Value,
        source: Value,
    },
    DropWhile {
        predicate: Value,
        source: Value,
        dropping: bool,
    },
    Chain {
        /// An iterator over the iterables still to chain.
        iterables: Value,
        current: Option<Value>,
    },
    Cycle {
        source: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    Repeat {
        value: Value,
        /// `None` repeats forever.
        remaining: Option<i64>,
    },
    Accumulate {
        source: Value,
        function: Option<Value>,
        total: Option<Value>,
        /// `initial=` not yet produced.
        initial: Option<Value>,
    },
    ZipLongest {
        /// `None` once a source is exhausted.
        sources: Vec<Option<Value>>,
        fill: Value,
    },
    /// An iterator that has reported exhaustion and dropped its source.
    Exhausted {
        type_name: &'static str,
    },
}

impl IterState {
    /// The name `type(it).__name__` reports.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { text, .. } => {
                if text.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind, .. } => match kind {
                crate::runtime::objects::DictViewKind::Keys => "dict_keyiterator",
                crate::runtime::objects::DictViewKind::Values => "dict_valueiterator",
                crate::runtime::objects::DictViewKind::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Sequence {
                reversed: false, ..
            } => "iterator",
            IterState::Sequence { reversed: true, .. } => "reversed",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Count { .. } => "count",
            IterState::Islice { .. } => "islice",
            IterState::TakeWhile { .. } => "takewhile",
            IterState::DropWhile { .. } => "dropwhile",
            IterState::Chain { .. } => "chain",
            IterState::Cycle { .. } => "cycle",
            IterState::Repeat { .. } => "repeat",
            IterState::Accumulate { .. } => "accumulate",
            IterState::ZipLongest { .. } => "zip_longest",
            IterState::Exhausted { type_name } => type_name,
        }
    }
}

/// The module a built-in type named `name` lives in, as CPython's
/// `tp_name` shows it: itertools' iterators are `itertools.count` and so on.
pub fn builtin_type_module(name: &str) -> &'static str {
    match name {
        "count" | "islice" | "takewhile" | "dropwhile" | "chain" | "cycle" | "repeat"
        | "accumulate" | "zip_longest" => "itertools",
        _ => "builtins",
    }
}

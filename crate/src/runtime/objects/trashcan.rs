//! Dropping deeply nested objects without deep recursion, as CPython's
//! "trashcan" does: `x = [x]` repeated 100,000 times and then dropped would
//! otherwise recurse once per level through Rust's drop glue and overflow
//! the stack (the WebAssembly build has only 1 MB).
//!
//! Every object that holds values moves them out in its `Drop` and hands
//! them to [`dispose`]. Up to [`UNWIND_LEVEL`] nested disposals drop at
//! once; deeper ones are set aside and dropped, last set aside first, when
//! the outermost disposal finishes — CPython's order, which decides when
//! the finalisers of suspended generators inside run.
//!
//! Items go in CPython's order too: lists and tuples release theirs from
//! the end, dicts and sets from the start, and a frame its locals, then its
//! cells, then its value stack.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::mem;

use crate::runtime::frame::Frame;
use crate::runtime::objects::{
    BoundMethodObj, CellObj, ClassObj, DictObj, FunctionObj, InstanceObj, IterState, IteratorObj,
    ListObj, NativeMethodObj, SetObj, SliceObj, SuperObj, TupleObj,
};
use crate::runtime::value::Value;

/// CPython's `_PyTrash_UNWIND_LEVEL`.
const UNWIND_LEVEL: usize = 50;

thread_local! {
    static NESTING: Cell<usize> = const { Cell::new(0) };
    static SET_ASIDE: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops what an object held, now or — when already deep inside other
/// disposals — once they have finished.
fn dispose<T: 'static>(contents: T) {
    let nesting = NESTING.with(Cell::get);
    if nesting >= UNWIND_LEVEL {
        SET_ASIDE.with(|set_aside| set_aside.borrow_mut().push(Box::new(contents)));
        return;
    }
    NESTING.with(|level| level.set(nesting + 1));
    drop(contents);
    NESTING.with(|level| level.set(nesting));
    if nesting == 0 {
        drain_set_aside();
    }
}

fn drain_set_aside() {
    while let Some(contents) = SET_ASIDE.with(|set_aside| set_aside.borrow_mut().pop()) {
        NESTING.with(|level| level.set(1));
        drop(contents);
        NESTING.with(|level| level.set(0));
    }
}

/// Values dropped from the last to the first.
struct LastFirst(Vec<Value>);

impl Drop for LastFirst {
    fn drop(&mut self) {
        while let Some(value) = self.0.pop() {
            drop(value);
        }
    }
}

/// Whether dropping `value` could recurse into other objects.
fn holds_objects(value: &Value) -> bool {
    !matches!(
        value,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Builtin(_)
            | Value::MethodDescriptor(_)
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::Null
    )
}

fn take_value(value: &mut Value) -> Value {
    mem::replace(value, Value::None)
}

impl Drop for ListObj {
    fn drop(&mut self) {
        let items = mem::take(self.items.get_mut());
        if items.iter().any(holds_objects) {
            dispose(LastFirst(items));
        } else {
            drop(LastFirst(items));
        }
    }
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        let items = mem::take(&mut self.items).into_vec();
        if items.iter().any(holds_objects) {
            dispose(LastFirst(items));
        } else {
            drop(LastFirst(items));
        }
    }
}

impl Drop for DictObj {
    fn drop(&mut self) {
        let entries = self.table.get_mut().take_entries();
        if !entries.is_empty() {
            dispose(entries);
        }
    }
}

impl Drop for SetObj {
    fn drop(&mut self) {
        let slots = self.table.get_mut().take_slots();
        if !slots.is_empty() {
            dispose(slots);
        }
    }
}

impl Drop for InstanceObj {
    fn drop(&mut self) {
        let attributes = mem::take(self.attrs.get_mut());
        let exception = self.exception.take();
        dispose((attributes, exception));
    }
}

impl Drop for ClassObj {
    fn drop(&mut self) {
        let attributes = mem::take(self.attrs.get_mut());
        let bases = mem::take(&mut self.bases);
        let mro_tail = mem::take(&mut self.mro_tail);
        dispose((attributes, bases, mro_tail));
    }
}

impl Drop for IteratorObj {
    fn drop(&mut self) {
        let mut state = mem::replace(self.state.get_mut(), IterState::Exhausted { type_name: "" });
        // CPython keeps these sources in a tuple, which releases them last
        // first.
        match &mut state {
            IterState::Zip { sources, .. } | IterState::Map { sources, .. } => {
                if let Some(sources) = std::rc::Rc::get_mut(sources) {
                    sources.reverse();
                }
            }
            IterState::ZipLongest { sources, .. } => sources.reverse(),
            _ => {}
        }
        dispose(state);
    }
}

impl Drop for FunctionObj {
    fn drop(&mut self) {
        let defaults = mem::take(&mut self.defaults);
        let keyword_defaults = mem::take(&mut self.kw_defaults);
        let closure = mem::take(&mut self.closure);
        let attributes = mem::take(self.attrs.get_mut());
        dispose((defaults, keyword_defaults, closure, attributes));
    }
}

impl Drop for CellObj {
    fn drop(&mut self) {
        if let Some(value) = self.value.get_mut().take() {
            if holds_objects(&value) {
                dispose(value);
            }
        }
    }
}

impl Drop for BoundMethodObj {
    fn drop(&mut self) {
        dispose((
            take_value(&mut self.function),
            take_value(&mut self.receiver),
        ));
    }
}

impl Drop for NativeMethodObj {
    fn drop(&mut self) {
        dispose(take_value(&mut self.receiver));
    }
}

impl Drop for SuperObj {
    fn drop(&mut self) {
        dispose(take_value(&mut self.receiver));
    }
}

impl Drop for SliceObj {
    fn drop(&mut self) {
        dispose((
            take_value(&mut self.start),
            take_value(&mut self.stop),
            take_value(&mut self.step),
        ));
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        let locals = mem::take(&mut self.locals);
        let cells = mem::take(&mut self.cells);
        let stack = mem::take(&mut self.stack);
        let handled = self.handled.take();
        let namespace = self.namespace.take();
        let generator = self.generator.take();
        let delivery = mem::replace(
            &mut self.delivery,
            crate::runtime::delivery::Delivery::call(),
        );
        dispose((
            locals, cells, stack, handled, namespace, generator, delivery,
        ));
    }
}

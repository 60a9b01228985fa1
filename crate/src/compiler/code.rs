//! Compiled code: the one instruction set, and the code object holding a
//! function's (or module's, class body's, comprehension's) instructions with
//! their source locations.
//!
//! Stack effects are written as `before => after`, top of stack on the right.

use std::rc::Rc;

use crate::runtime::builtins::types::ExcType;
use crate::runtime::Value;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// A jump target: an index into `CodeObject::instructions`.
pub type Target = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instruction {
    Nop,
    /// A statement starts on this line: emits a `line` event and charges one
    /// step against the budget. `=> `
    Line(u32),

    /// `=> constants[i]`
    LoadConst(u32),
    /// `=> locals[i]`; unbound is an `UnboundLocalError`.
    LoadFast(u32),
    /// `value =>`
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells hold variables shared with nested functions: `cell_names`
    /// first, then `free_names`. `=> cells[i].value`
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// A class body reading a free variable: its namespace wins over the cell.
    LoadClassDeref(u32),
    /// Program-wide global slot `i` (see `Program::global_names`), falling
    /// back to builtins on load.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class-body names (`names[i]`): namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    /// `value =>`
    Pop,
    /// `a ... => a ... a`: push a copy of the i-th item from the top (1 = top).
    Copy(u32),
    /// Exchange the top with the i-th item from the top (2 = second).
    Swap(u32),

    /// `object => object.names[i]`
    LoadAttr(u32),
    /// `value object =>` sets `object.names[i] = value`
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `object => method self` when `names[i]` is a method found on the
    /// type, otherwise `object => attribute Null`. Pairs with `CallMethod`.
    LoadMethod(u32),

    /// `callable arg1 .. argN => result`
    Call(u32),
    /// `callable self_or_null arg1 .. argN => result`
    CallMethod(u32),
    /// `callable arg1 .. argN => result`, the last `names` of which are
    /// keyword arguments named by the tuple constant `names_const`.
    CallKw {
        argc: u16,
        names_const: u16,
    },
    /// `callable args_tuple [kwargs_dict] => result`
    CallEx {
        has_kwargs: bool,
    },

    /// `container index => container[index]`
    BinarySubscr,
    /// `value container index =>`
    StoreSubscr,
    /// `container index =>`
    DeleteSubscr,
    /// `lower upper [step] => slice`
    BuildSlice(u32),

    /// `left right => left op right`
    Binary(BinOp),
    /// `left right => left op= right` (lists extend in place for `+=`).
    Inplace(BinOp),
    /// `operand => op operand`
    Unary(UnaryOp),
    /// `left right => left op right` (also `in`, `not in`, `is`, `is not`).
    Compare(CmpOp),

    Jump(Target),
    /// `condition =>`
    PopJumpIfFalse(Target),
    PopJumpIfTrue(Target),

    /// `iterable => iterator`
    GetIter,
    /// `iterator => iterator item`, or, when exhausted, `iterator =>` and
    /// jump to the target.
    ForIter(Target),

    /// `items.. => list`
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    /// `key1 value1 .. keyN valueN => dict`
    BuildMap(u32),
    /// `pieces.. => str` (f-strings)
    BuildString(u32),
    /// `list ..(i-1 items).. value => list ..`: append to the list i deep.
    ListAppend(u32),
    SetAdd(u32),
    /// `dict .. key value => dict ..`
    MapAdd(u32),
    /// `list .. iterable => list ..`
    ListExtend(u32),
    SetUpdate(u32),
    /// `dict .. mapping => dict ..`
    DictUpdate(u32),
    /// Like `DictUpdate`, but a repeated key is a call error (`**kwargs`).
    DictMerge(u32),
    /// `list => tuple`
    ListToTuple,
    /// `value [spec] => str`; see [`FormatFlags`].
    FormatValue(u32),

    /// `iterable => item_n .. item_1` (item_1 on top)
    UnpackSequence(u32),
    /// `iterable => after.. list before..` for `a, *rest, b = ...`
    UnpackEx {
        before: u16,
        after: u16,
    },

    /// `[defaults] [kw_defaults] => function` for `children[child]`,
    /// capturing the cells its `closure_sources` name; see
    /// [`MakeFunctionFlags`].
    MakeFunction {
        child: u16,
        flags: u16,
    },
    /// `body_function name base1 .. baseN => class` (runs the body first).
    MakeClass(u32),

    /// `value =>` and the frame ends.
    ReturnValue,
    /// `value => sent`: suspend the generator; resuming pushes the value
    /// sent in. `delegating` marks the yield inside `yield from`.
    YieldValue {
        delegating: bool,
    },
    /// `delegate value => delegate yielded` and fall through to the
    /// `YieldValue`, or, when the delegate returns, `=> result` and jump.
    Send(Target),
    /// `iterable => iterator` (generators pass through unchanged).
    GetYieldFromIter,

    /// Exceptions raised until the matching `PopBlock` jump to `target`
    /// with the value stack cut back to its current depth, then
    /// `=> exception`.
    SetupHandler(Target),
    PopBlock,
    /// `exception => previously_handled exception`: the exception becomes
    /// the one being handled (what a bare `raise` re-raises).
    PushExcInfo,
    /// `previously_handled =>` restores the handled exception.
    PopExcept,
    /// `exception class => exception matches`
    CheckExcMatch,
    /// `exception =>` re-raise without adding a traceback entry.
    Reraise,
    /// `previously_handled exception =>`: restore the handled exception,
    /// then re-raise `exception` (an error while leaving a handler). The
    /// handler's block was set up before `PushExcInfo`, so unwinding to it
    /// leaves exactly these two values.
    PopExceptReraise,
    /// `[exception [cause]] =>` with 0, 1 or 2 operands; 0 re-raises.
    Raise(u32),
    /// `value => exception`: an exception class on top is called to make
    /// the instance `raise` needs (running a Python `__init__` if any).
    InstantiateException,
    /// `=> the built-in exception class`
    LoadException(ExcType),

    /// `=> module` for `import names[i]`.
    ImportName(u32),
    /// `module => module module.names[i]`
    ImportFrom(u32),
}

/// `FormatValue` operand bits.
pub struct FormatFlags;

impl FormatFlags {
    pub const CONVERSION_MASK: u32 = 0b11;
    pub const CONVERT_STR: u32 = 1;
    pub const CONVERT_REPR: u32 = 2;
    pub const CONVERT_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 0b100;
}

/// `MakeFunction` flag bits: which optional items are on the stack.
pub struct MakeFunctionFlags;

impl MakeFunctionFlags {
    pub const DEFAULTS: u16 = 1;
    pub const KW_DEFAULTS: u16 = 2;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    /// `<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`.
    Comprehension,
}

/// Where an instruction came from: the span of the expression or statement
/// it was compiled from. Lines are 1-based, columns 0-based characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Debug)]
pub struct CodeObject {
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub is_generator: bool,
    /// Positional parameters, including positional-only ones.
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Local variable names; parameters come first in CPython's order:
    /// positional, keyword-only, `*args`, `**kwargs`.
    pub local_names: Vec<Rc<str>>,
    /// Locals captured by nested functions.
    pub cell_names: Vec<Rc<str>>,
    /// For each cell, the parameter slot it is initialised from, if any.
    pub cell_parameters: Vec<Option<u32>>,
    /// Variables of enclosing functions this code reads.
    pub free_names: Vec<Rc<str>>,
    /// For each free variable, the index of the cell in the defining
    /// frame (its cells, then its free variables) that the closure captures.
    pub closure_sources: Vec<u32>,
    pub names: Vec<Rc<str>>,
    pub constants: Vec<Value>,
    pub children: Vec<Rc<CodeObject>>,
    pub instructions: Vec<Instruction>,
    pub locations: Vec<Location>,
    /// The hidden iterators of this code's `for` loops and comprehensions.
    pub loops: Vec<LoopIterator>,
}

/// A loop's iterator lives on the value stack, where no name shows it;
/// this says where, so the trace can draw it beside the locals.
#[derive(Debug, Clone)]
pub struct LoopIterator {
    /// Its index in the frame's value stack.
    pub slot: u32,
    pub line: u32,
    /// The loop's target as written: `word`, `i, word`.
    pub target: Rc<str>,
    /// The instructions during which it is on the stack: from after
    /// `GetIter` to the loop's exit...
    pub start: u32,
    pub end: u32,
    /// ...less the code that leaves the loop early, which pops it (a
    /// `return` inside the loop, say, or a `finally` body that runs first).
    pub gaps: Vec<(u32, u32)>,
}

impl LoopIterator {
    /// Whether the iterator is on the stack while instruction `index` runs.
    pub fn holds_at(&self, index: u32) -> bool {
        (self.start..self.end).contains(&index)
            && !self
                .gaps
                .iter()
                .any(|&(from, to)| (from..to).contains(&index))
    }
}

impl CodeObject {
    pub fn location(&self, index: usize) -> Location {
        self.locations.get(index).copied().unwrap_or(Location {
            line: self.first_line,
            col: 0,
            end_line: self.first_line,
            end_col: 0,
        })
    }

    pub fn cell_count(&self) -> usize {
        self.cell_names.len() + self.free_names.len()
    }

    /// The loops whose iterators are on the stack of a frame about to run
    /// instruction `next`, outermost first.
    pub fn loops_at(&self, next: usize) -> impl Iterator<Item = &LoopIterator> {
        let current = u32::try_from(next.saturating_sub(1)).unwrap_or(u32::MAX);
        self.loops
            .iter()
            .filter(move |iterator| iterator.holds_at(current))
    }
}

/// A compiled program: the module's code plus the table of global names
/// that `LoadGlobal`/`StoreGlobal` slots index.
#[derive(Debug)]
pub struct Program {
    pub module: Rc<CodeObject>,
    pub global_names: Vec<Rc<str>>,
    pub source: Rc<str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_eight_bytes() {
        // The dispatch loop streams these; keeping them small keeps the
        // instruction cache warm.
        assert_eq!(std::mem::size_of::<Instruction>(), 8);
    }
}

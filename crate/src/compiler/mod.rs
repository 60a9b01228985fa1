//! Syntax tree to bytecode. Scope analysis runs first (`symtable`), then one
//! pass per code object emits instructions (`statements`, `expressions`).

pub mod code;
pub mod disassemble;
mod expressions;
mod statements;
pub mod symtable;
mod unit;

use std::collections::HashMap;
use std::rc::Rc;

use code::{CodeKind, CodeObject, Instruction, Location, Program};
use symtable::{Resolution, ScopeKind, SymbolTable};
use unit::{ConstantKey, Label, Unit};

use crate::runtime::Value;
use crate::syntax::ast::{Module, Span, Stmt};
use crate::syntax::error::CompileError;

/// CPython's static limit on nested blocks (loops and `try`s) in one
/// function.
const MAX_NESTED_BLOCKS: usize = 20;

/// Parses and compiles a whole module. Nothing runs unless everything
/// compiles, exactly as CPython reports a `SyntaxError` before executing.
pub fn compile_source(source: &str, filename: &str) -> Result<Program, CompileError> {
    let module = crate::syntax::parse_module(source)?;
    compile_module(&module, source, filename)
}

pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Program, CompileError> {
    let table = SymbolTable::build(module)?;
    let mut compiler = Compiler::new(&table, filename);
    for name in table.global_names() {
        compiler.global_slot(&name);
    }
    let first_line = module.body.first().map_or(1, |stmt| stmt.span.line);
    compiler.push_unit(
        table.module_scope(),
        CodeKind::Module,
        "<module>",
        "<module>",
        first_line,
    );
    compiler.compile_body(&module.body)?;
    compiler.emit_return_none();
    let code = compiler.pop_unit();
    Ok(Program {
        module: Rc::new(code),
        global_names: compiler.global_names,
        source: source.into(),
    })
}

/// What a `break`, `continue` or `return` must undo on its way out.
#[derive(Clone, Copy)]
enum FrameBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The loop's iterator sits on the value stack.
    ForLoop {
        start: Label,
        exit: Label,
        /// Its index in the unit's `loops`.
        iterator: u32,
    },
    TryExcept,
    /// The body of `try ... finally`: leaving it runs the finally body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// A finally body running because of an exception:
    /// `previously_handled exception` are on the stack.
    FinallyEnd,
    /// An `except` body: `previously_handled` is on the stack.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A finally body run by `return`: the value being returned waits on
    /// the stack, and a `break` or `continue` in the body drops it.
    ReturnValue,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    units: Vec<Unit>,
    blocks: Vec<Vec<FrameBlock<'a>>>,
    interned: HashMap<String, Rc<str>>,
    global_names: Vec<Rc<str>>,
    global_index: HashMap<Rc<str>, u32>,
}

type CompileResult = Result<(), CompileError>;

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, filename: &str) -> Compiler<'a> {
        Compiler {
            table,
            filename: filename.into(),
            units: Vec::new(),
            blocks: Vec::new(),
            interned: HashMap::new(),
            global_names: Vec::new(),
            global_index: HashMap::new(),
        }
    }

    fn intern(&mut self, name: &str) -> Rc<str> {
        if let Some(existing) = self.interned.get(name) {
            return existing.clone();
        }
        let rc: Rc<str> = name.into();
        self.interned.insert(name.to_owned(), rc.clone());
        rc
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        let name = self.intern(name);
        if let Some(&slot) = self.global_index.get(&name) {
            return slot;
        }
        let slot = self.global_names.len() as u32;
        self.global_names.push(name.clone());
        self.global_index.insert(name, slot);
        slot
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn unit_ref(&self) -> &Unit {
        self.units.last().expect("a unit is being compiled")
    }

    fn scope(&self) -> &'a symtable::Scope {
        self.table.scope(self.unit_ref().scope)
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let name = self.intern(name);
        let qualname = self.intern(qualname);
        let mut unit = Unit::new(scope, kind, name, qualname, line);
        let scope_info = self.table.scope(scope);
        unit.is_generator = scope_info.is_generator;
        if kind != CodeKind::Module && kind != CodeKind::Class {
            for local in scope_info.local_names() {
                let local = self.intern(&local);
                unit.add_local(local);
            }
        }
        unit.cell_names = scope_info.cells.iter().map(|n| self.intern(n)).collect();
        unit.free_names = scope_info.frees.iter().map(|n| self.intern(n)).collect();
        self.units.push(unit);
        self.blocks.push(Vec::new());
    }

    fn pop_unit(&mut self) -> CodeObject {
        self.blocks.pop();
        let unit = self.units.pop().expect("a unit is being compiled");
        unit.finish(self.filename.clone())
    }

    /// The qualified name of a definition named `name` made in the current
    /// unit (`Outer.method`, `outer.<locals>.inner`).
    fn qualname_for(&self, name: &str) -> String {
        let Some(unit) = self.units.last() else {
            return name.to_owned();
        };
        match unit.kind {
            CodeKind::Module => name.to_owned(),
            CodeKind::Class => format!("{}.{name}", unit.qualname),
            _ => format!("{}.<locals>.{name}", unit.qualname),
        }
    }

    fn set_location(&mut self, span: Span) {
        self.unit().location = Location {
            line: span.line,
            col: span.col,
            end_line: span.end_line,
            end_col: span.end_col,
        };
    }

    fn emit(&mut self, instruction: Instruction) {
        self.unit().emit(instruction);
    }

    fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    fn bind_label(&mut self, label: Label) {
        self.unit().bind_label(label);
    }

    fn emit_jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.unit().emit_jump(make, label);
    }

    fn emit_constant(&mut self, key: ConstantKey, value: Value) {
        let index = self.unit().constant(key, value);
        self.emit(Instruction::LoadConst(index));
    }

    fn emit_none(&mut self) {
        self.emit_constant(ConstantKey::None, Value::None);
    }

    fn emit_string(&mut self, text: &str) {
        self.emit_constant(ConstantKey::Str(text.to_owned()), Value::str(text));
    }

    fn emit_return_none(&mut self) {
        self.emit_none();
        self.emit(Instruction::ReturnValue);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let name = self.intern(name);
        self.unit().name(&name)
    }

    fn push_block(&mut self, block: FrameBlock<'a>, span: Span) -> CompileResult {
        let blocks = self.blocks.last_mut().expect("a unit is being compiled");
        if blocks.len() >= MAX_NESTED_BLOCKS {
            return Err(CompileError::syntax(
                "too many statically nested blocks",
                span,
            ));
        }
        blocks.push(block);
        Ok(())
    }

    /// How many values the enclosing blocks keep on the value stack: the
    /// index a new loop's iterator will have.
    fn stack_held_by_blocks(&self) -> u32 {
        let blocks = self.blocks.last().map_or(&[][..], Vec::as_slice);
        blocks
            .iter()
            .map(|block| match block {
                FrameBlock::ForLoop { .. }
                | FrameBlock::HandlerCleanup { .. }
                | FrameBlock::ReturnValue => 1,
                FrameBlock::FinallyEnd => 2,
                FrameBlock::WhileLoop { .. }
                | FrameBlock::TryExcept
                | FrameBlock::FinallyTry { .. } => 0,
            })
            .sum()
    }

    fn pop_block(&mut self) {
        self.blocks
            .last_mut()
            .expect("a unit is being compiled")
            .pop();
    }

    fn emit_load_name(&mut self, name: &str) {
        let op = self.name_operation(name, NameAccess::Load);
        self.emit(op);
    }

    fn emit_store_name(&mut self, name: &str) {
        let op = self.name_operation(name, NameAccess::Store);
        self.emit(op);
    }

    fn emit_delete_name(&mut self, name: &str) {
        let op = self.name_operation(name, NameAccess::Delete);
        self.emit(op);
    }

    fn name_operation(&mut self, name: &str, access: NameAccess) -> Instruction {
        let scope = self.scope();
        let resolution = scope.resolve(name);
        let kind = scope.kind;
        match (kind, resolution) {
            (ScopeKind::Module, _)
            | (_, Resolution::GlobalExplicit)
            | (
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_),
                Resolution::GlobalImplicit,
            ) => {
                let slot = self.global_slot(name);
                match access {
                    NameAccess::Load => Instruction::LoadGlobal(slot),
                    NameAccess::Store => Instruction::StoreGlobal(slot),
                    NameAccess::Delete => Instruction::DeleteGlobal(slot),
                }
            }
            (ScopeKind::Class, Resolution::Local | Resolution::GlobalImplicit) => {
                // Every global a class body may fall back to needs a slot.
                self.global_slot(name);
                let index = self.name_index(name);
                match access {
                    NameAccess::Load => Instruction::LoadName(index),
                    NameAccess::Store => Instruction::StoreName(index),
                    NameAccess::Delete => Instruction::DeleteName(index),
                }
            }
            (ScopeKind::Class, Resolution::Free | Resolution::Cell) => {
                let index = self.unit_ref().cell_or_free(name).unwrap_or(0);
                match access {
                    NameAccess::Load => Instruction::LoadClassDeref(index),
                    NameAccess::Store => {
                        let index = self.name_index(name);
                        Instruction::StoreName(index)
                    }
                    NameAccess::Delete => {
                        let index = self.name_index(name);
                        Instruction::DeleteName(index)
                    }
                }
            }
            (_, Resolution::Local) => {
                let interned = self.intern(name);
                let index = self.unit().add_local(interned);
                match access {
                    NameAccess::Load => Instruction::LoadFast(index),
                    NameAccess::Store => Instruction::StoreFast(index),
                    NameAccess::Delete => Instruction::DeleteFast(index),
                }
            }
            (_, Resolution::Cell | Resolution::Free) => {
                let index = self.unit_ref().cell_or_free(name).unwrap_or(0);
                match access {
                    NameAccess::Load => Instruction::LoadDeref(index),
                    NameAccess::Store => Instruction::StoreDeref(index),
                    NameAccess::Delete => Instruction::DeleteDeref(index),
                }
            }
        }
    }

    /// Finishes the unit on top and adds it as a child of the one below,
    /// recording where in the parent's cells each of its free variables
    /// comes from. Returns the child's index.
    fn finish_child_unit(&mut self) -> u16 {
        let mut code = self.pop_unit();
        code.closure_sources = code
            .free_names
            .iter()
            .map(|name| self.unit_ref().cell_or_free(name).unwrap_or(0))
            .collect();
        let unit = self.unit();
        unit.children.push(Rc::new(code));
        (unit.children.len() - 1) as u16
    }
}

#[derive(Clone, Copy)]
enum NameAccess {
    Load,
    Store,
    Delete,
}

//! Statements to bytecode, including the exception-handling layout:
//! handlers are blocks set up with `SetupHandler`, and a `finally` body is
//! emitted once for the normal path, once for the exceptional path, and
//! once more before every `return`/`break`/`continue` that leaves it.

use super::code::{CodeKind, Instruction, MakeFunctionFlags};
use super::symtable::ScopeKind;
use super::unit::ConstantKey;
use super::{CompileResult, Compiler, FrameBlock};
use crate::runtime::builtins::types::ExcType;
use crate::runtime::Value;
use crate::syntax::ast::*;
use crate::syntax::error::CompileError;

impl<'a> Compiler<'a> {
    pub(super) fn compile_body(&mut self, body: &'a [Stmt]) -> CompileResult {
        for stmt in body {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }

    fn emit_line(&mut self, span: Span) {
        self.set_location(span);
        self.emit(Instruction::Line(span.line));
    }

    fn compile_stmt(&mut self, stmt: &'a Stmt) -> CompileResult {
        self.set_location(stmt.span);
        match &stmt.kind {
            StmtKind::Expr(expr) => {
                self.emit_line(stmt.span);
                if !matches!(expr.kind, ExprKind::Constant(_)) {
                    self.compile_expr(expr)?;
                    self.emit(Instruction::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.emit_line(stmt.span);
                self.compile_expr(value)?;
                for (index, target) in targets.iter().enumerate() {
                    if index + 1 < targets.len() {
                        self.emit(Instruction::Copy(1));
                    }
                    self.compile_store(target)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.emit_line(stmt.span);
                self.compile_augmented_assignment(target, *op, value, stmt.span)?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                self.emit_line(stmt.span);
                if let Some(value) = value {
                    self.compile_expr(value)?;
                    self.compile_store(target)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.emit_line(stmt.span);
                let otherwise = self.new_label();
                self.compile_jump_if(test, false, otherwise)?;
                self.compile_body(body)?;
                if orelse.is_empty() {
                    self.bind_label(otherwise);
                } else {
                    let end = self.new_label();
                    self.emit_jump(Instruction::Jump, end);
                    self.bind_label(otherwise);
                    self.compile_body(orelse)?;
                    self.bind_label(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let otherwise = self.new_label();
                let exit = self.new_label();
                self.bind_label(start);
                self.emit_line(stmt.span);
                self.compile_jump_if(test, false, otherwise)?;
                self.push_block(FrameBlock::WhileLoop { start, exit }, stmt.span)?;
                self.compile_body(body)?;
                self.pop_block();
                self.emit_jump(Instruction::Jump, start);
                self.bind_label(otherwise);
                self.compile_body(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.compile_for(stmt.span, target, iter, body, orelse)?,
            StmtKind::Break => {
                self.emit_line(stmt.span);
                self.compile_break_or_continue(true, stmt.span)?;
            }
            StmtKind::Continue => {
                self.emit_line(stmt.span);
                self.compile_break_or_continue(false, stmt.span)?;
            }
            StmtKind::Pass => self.emit_line(stmt.span),
            StmtKind::Return(value) => {
                if !matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(CompileError::syntax("'return' outside function", stmt.span));
                }
                self.emit_line(stmt.span);
                match value {
                    Some(value) => self.compile_expr(value)?,
                    None => self.emit_none(),
                }
                let gaps = self.unwind_blocks(None, true)?;
                self.set_location(stmt.span);
                self.emit(Instruction::ReturnValue);
                self.unit().close_gaps(gaps);
            }
            StmtKind::FunctionDef(def) => self.compile_function_def(def, stmt.span)?,
            StmtKind::ClassDef(class) => self.compile_class_def(class, stmt.span)?,
            StmtKind::Try(try_) => {
                self.emit_line(stmt.span);
                if try_.finalbody.is_empty() {
                    self.compile_try_except(try_, stmt.span)?;
                } else {
                    self.compile_try_finally(try_, stmt.span)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.emit_line(stmt.span);
                let mut count = 0;
                if let Some(exc) = exc {
                    self.compile_expr(exc)?;
                    self.set_location(stmt.span);
                    self.emit(Instruction::InstantiateException);
                    count += 1;
                    if let Some(cause) = cause {
                        self.compile_expr(cause)?;
                        self.set_location(stmt.span);
                        self.emit(Instruction::InstantiateException);
                        count += 1;
                    }
                }
                self.set_location(stmt.span);
                self.emit(Instruction::Raise(count));
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                self.emit_line(stmt.span);
                let end = self.new_label();
                self.compile_jump_if(test, true, end)?;
                // CPython reports a failed assert at its test.
                self.set_location(test.span);
                self.emit(Instruction::LoadException(ExcType::AssertionError));
                if let Some(msg) = msg {
                    self.compile_expr(msg)?;
                    self.set_location(test.span);
                    self.emit(Instruction::Call(1));
                }
                self.emit(Instruction::InstantiateException);
                self.emit(Instruction::Raise(1));
                self.bind_label(end);
            }
            StmtKind::Delete(targets) => {
                self.emit_line(stmt.span);
                for target in targets {
                    self.compile_delete(target)?;
                }
            }
            StmtKind::Import(aliases) => {
                self.emit_line(stmt.span);
                for alias in aliases {
                    let index = self.name_index(&alias.name);
                    self.emit(Instruction::ImportName(index));
                    match &alias.asname {
                        Some(asname) => self.emit_store_name(asname),
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.emit_store_name(first);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names } => {
                self.emit_line(stmt.span);
                if names.is_empty() {
                    return Err(CompileError::unsupported(
                        "'from ... import *' is not supported by Yieldscope",
                        stmt.span,
                    ));
                }
                let index = self.name_index(module);
                self.emit(Instruction::ImportName(index));
                for alias in names {
                    let index = self.name_index(&alias.name);
                    self.emit(Instruction::ImportFrom(index));
                    self.emit_store_name(alias.asname.as_ref().unwrap_or(&alias.name));
                }
                self.emit(Instruction::Pop);
            }
        }
        Ok(())
    }

    fn compile_for(
        &mut self,
        span: Span,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult {
        let start = self.new_label();
        let next = self.new_label();
        let otherwise = self.new_label();
        let exit = self.new_label();
        self.emit_line(span);
        self.compile_expr(iter)?;
        // `iter()` failing is reported at the whole `for` statement.
        self.set_location(span);
        self.emit(Instruction::GetIter);
        let slot = self.stack_held_by_blocks();
        let iterator = self
            .unit()
            .begin_loop(slot, span.line, target_text(target).into());
        self.bind_label(start);
        self.set_location(span);
        self.emit_jump(Instruction::ForIter, otherwise);
        self.compile_store(target)?;
        self.push_block(
            FrameBlock::ForLoop {
                start: next,
                exit,
                iterator,
            },
            span,
        )?;
        self.compile_body(body)?;
        self.pop_block();
        // The `for` line is traced again before each further item, as
        // CPython does on the loop's backward jump.
        self.bind_label(next);
        self.emit_line(span);
        self.emit_jump(Instruction::Jump, start);
        self.bind_label(otherwise);
        self.unit().end_loop(iterator);
        self.compile_body(orelse)?;
        self.bind_label(exit);
        Ok(())
    }

    fn compile_break_or_continue(&mut self, is_break: bool, span: Span) -> CompileResult {
        let blocks = self.blocks.last().cloned().unwrap_or_default();
        let loop_index = blocks.iter().rposition(|block| {
            matches!(
                block,
                FrameBlock::WhileLoop { .. } | FrameBlock::ForLoop { .. }
            )
        });
        let Some(loop_index) = loop_index else {
            let message = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(CompileError::syntax(message, span));
        };
        let gaps = self.unwind_blocks(Some(loop_index), false)?;
        match blocks[loop_index] {
            FrameBlock::WhileLoop { start, exit } => {
                self.emit_jump(Instruction::Jump, if is_break { exit } else { start });
            }
            FrameBlock::ForLoop {
                start,
                exit,
                iterator,
            } => {
                if is_break {
                    self.emit(Instruction::Pop);
                    self.unit().open_gap(iterator);
                    self.emit_jump(Instruction::Jump, exit);
                } else {
                    self.emit_jump(Instruction::Jump, start);
                }
            }
            _ => unreachable!("loop_index names a loop block"),
        }
        self.unit().close_gaps(gaps);
        Ok(())
    }

    /// Emits the clean-up for every block above `stop` (all blocks when
    /// `None`), innermost first. Each block is popped while its clean-up is
    /// compiled, so a `return` inside an inlined `finally` body does not run
    /// that body again. Returns the mark to close the popped loops' gaps
    /// at, once the caller has emitted its jump or return.
    fn unwind_blocks(
        &mut self,
        stop: Option<usize>,
        preserve_top: bool,
    ) -> Result<usize, CompileError> {
        let gaps = self.unit().gap_mark();
        let floor = stop.map_or(0, |index| index + 1);
        let mut popped = Vec::new();
        loop {
            let depth = self.blocks.last().map_or(0, Vec::len);
            if depth <= floor {
                break;
            }
            let block = self
                .blocks
                .last_mut()
                .and_then(Vec::pop)
                .expect("depth checked above");
            popped.push(block);
            match block {
                FrameBlock::WhileLoop { .. } => {}
                FrameBlock::ForLoop { iterator, .. } => {
                    if preserve_top {
                        self.emit(Instruction::Swap(2));
                    }
                    self.emit(Instruction::Pop);
                    self.unit().open_gap(iterator);
                }
                FrameBlock::TryExcept => self.emit(Instruction::PopBlock),
                FrameBlock::FinallyTry { body } => {
                    self.emit(Instruction::PopBlock);
                    if preserve_top {
                        self.push_block(
                            FrameBlock::ReturnValue,
                            body.first().map_or_else(Span::default, |stmt| stmt.span),
                        )?;
                    }
                    self.compile_body(body)?;
                    if preserve_top {
                        self.pop_block();
                    }
                }
                FrameBlock::ReturnValue => {
                    if preserve_top {
                        self.emit(Instruction::Swap(2));
                    }
                    self.emit(Instruction::Pop);
                }
                FrameBlock::FinallyEnd => {
                    if preserve_top {
                        self.emit(Instruction::Swap(2));
                    }
                    self.emit(Instruction::Pop);
                    if preserve_top {
                        self.emit(Instruction::Swap(2));
                    }
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopExcept);
                }
                FrameBlock::HandlerCleanup { name } => {
                    if name.is_some() {
                        self.emit(Instruction::PopBlock);
                    }
                    if preserve_top {
                        self.emit(Instruction::Swap(2));
                    }
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopExcept);
                    if let Some(name) = name {
                        self.emit_clear_name(name);
                    }
                }
            }
        }
        let blocks = self.blocks.last_mut().expect("a unit is being compiled");
        blocks.extend(popped.into_iter().rev());
        Ok(gaps)
    }

    /// `name = None; del name`: an `except ... as name` target does not
    /// outlive its handler.
    fn emit_clear_name(&mut self, name: &str) {
        self.emit_none();
        self.emit_store_name(name);
        self.emit_delete_name(name);
    }

    fn compile_try_except(&mut self, try_: &'a Try, span: Span) -> CompileResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instruction::SetupHandler, handler);
        self.push_block(FrameBlock::TryExcept, span)?;
        self.compile_body(&try_.body)?;
        self.pop_block();
        self.emit(Instruction::PopBlock);
        self.compile_body(&try_.orelse)?;
        self.emit_jump(Instruction::Jump, end);

        // Stack: exception. The clean-up block is set up before
        // `PushExcInfo` so that, if a handler raises, the stack is cut back
        // to `previously_handled` and the new exception.
        self.bind_label(handler);
        let cleanup = self.new_label();
        self.emit_jump(Instruction::SetupHandler, cleanup);
        self.emit(Instruction::PushExcInfo);
        for clause in &try_.handlers {
            self.emit_line(clause.span);
            let next_clause = self.new_label();
            // A bare `except:` matches like `except BaseException:`, so that
            // every clause reports the catch the same way.
            match &clause.type_ {
                Some(type_) => self.compile_expr(type_)?,
                None => self.emit(Instruction::LoadException(ExcType::BaseException)),
            }
            self.set_location(clause.span);
            self.emit(Instruction::CheckExcMatch);
            self.emit_jump(Instruction::PopJumpIfFalse, next_clause);
            match &clause.name {
                Some(name) => {
                    self.emit_store_name(name);
                    let name_cleanup = self.new_label();
                    self.emit_jump(Instruction::SetupHandler, name_cleanup);
                    self.push_block(FrameBlock::HandlerCleanup { name: Some(name) }, span)?;
                    self.compile_body(&clause.body)?;
                    self.pop_block();
                    self.emit(Instruction::PopBlock);
                    self.emit_clear_name(name);
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopExcept);
                    self.emit_jump(Instruction::Jump, end);
                    self.bind_label(name_cleanup);
                    self.emit_clear_name(name);
                    self.emit(Instruction::Reraise);
                }
                None => {
                    self.emit(Instruction::Pop);
                    self.push_block(FrameBlock::HandlerCleanup { name: None }, span)?;
                    self.compile_body(&clause.body)?;
                    self.pop_block();
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopExcept);
                    self.emit_jump(Instruction::Jump, end);
                }
            }
            self.bind_label(next_clause);
        }
        self.emit(Instruction::Reraise);
        self.bind_label(cleanup);
        self.emit(Instruction::PopExceptReraise);
        self.bind_label(end);
        Ok(())
    }

    fn compile_try_finally(&mut self, try_: &'a Try, span: Span) -> CompileResult {
        let on_exception = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instruction::SetupHandler, on_exception);
        self.push_block(
            FrameBlock::FinallyTry {
                body: &try_.finalbody,
            },
            span,
        )?;
        if try_.handlers.is_empty() {
            self.compile_body(&try_.body)?;
        } else {
            self.compile_try_except(try_, span)?;
        }
        self.pop_block();
        self.emit(Instruction::PopBlock);
        self.compile_body(&try_.finalbody)?;
        self.emit_jump(Instruction::Jump, end);

        self.bind_label(on_exception);
        let cleanup = self.new_label();
        self.emit_jump(Instruction::SetupHandler, cleanup);
        self.emit(Instruction::PushExcInfo);
        self.push_block(FrameBlock::FinallyEnd, span)?;
        self.compile_body(&try_.finalbody)?;
        self.pop_block();
        self.emit(Instruction::Reraise);
        self.bind_label(cleanup);
        self.emit(Instruction::PopExceptReraise);
        self.bind_label(end);
        Ok(())
    }

    fn compile_augmented_assignment(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
        span: Span,
    ) -> CompileResult {
        match &target.kind {
            ExprKind::Name(name) => {
                self.set_location(target.span);
                self.emit_load_name(name);
                self.compile_expr(value)?;
                self.set_location(span);
                self.emit(Instruction::Inplace(op));
                self.emit_store_name(name);
            }
            ExprKind::Attribute {
                value: object,
                attr,
            } => {
                self.compile_expr(object)?;
                self.emit(Instruction::Copy(1));
                let index = self.name_index(attr);
                self.set_location(target.span);
                self.emit(Instruction::LoadAttr(index));
                self.compile_expr(value)?;
                self.set_location(span);
                self.emit(Instruction::Inplace(op));
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreAttr(index));
            }
            ExprKind::Subscript {
                value: container,
                index,
            } => {
                self.compile_expr(container)?;
                self.compile_subscript_index(index)?;
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::Copy(2));
                self.set_location(target.span);
                self.emit(Instruction::BinarySubscr);
                self.compile_expr(value)?;
                self.set_location(span);
                self.emit(Instruction::Inplace(op));
                self.emit(Instruction::Swap(3));
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreSubscr);
            }
            _ => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `target`.
    pub(super) fn compile_store(&mut self, target: &'a Expr) -> CompileResult {
        self.set_location(target.span);
        match &target.kind {
            ExprKind::Name(name) => self.emit_store_name(name),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let index = self.name_index(attr);
                self.set_location(target.span);
                self.emit(Instruction::StoreAttr(index));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_subscript_index(index)?;
                self.set_location(target.span);
                self.emit(Instruction::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let starred: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, item)| matches!(item.kind, ExprKind::Starred(_)))
                    .map(|(index, _)| index)
                    .collect();
                match starred.as_slice() {
                    [] => self.emit(Instruction::UnpackSequence(items.len() as u32)),
                    [position] => {
                        let after = items.len() - position - 1;
                        if *position > 255 || after > 255 {
                            return Err(CompileError::syntax(
                                "too many expressions in star-unpacking assignment",
                                target.span,
                            ));
                        }
                        self.emit(Instruction::UnpackEx {
                            before: *position as u16,
                            after: after as u16,
                        });
                    }
                    _ => {
                        return Err(CompileError::syntax(
                            "multiple starred expressions in assignment",
                            target.span,
                        ))
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.compile_store(inner)?,
                        _ => self.compile_store(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    target.span,
                ))
            }
            _ => {
                return Err(CompileError::syntax(
                    "cannot assign to expression",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &'a Expr) -> CompileResult {
        self.set_location(target.span);
        match &target.kind {
            ExprKind::Name(name) => self.emit_delete_name(name),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let index = self.name_index(attr);
                self.set_location(target.span);
                self.emit(Instruction::DeleteAttr(index));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_subscript_index(index)?;
                self.set_location(target.span);
                self.emit(Instruction::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.compile_delete(item)?;
                }
            }
            _ => {
                return Err(CompileError::syntax(
                    "cannot delete expression",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn compile_function_def(&mut self, def: &'a FunctionDef, span: Span) -> CompileResult {
        self.emit_line(span);
        for decorator in &def.decorators {
            self.compile_expr(decorator)?;
        }
        let flags = self.compile_parameter_defaults(&def.params)?;
        let scope = self.table.scope_of(def);
        let qualname = self.qualname_for(&def.name);
        self.push_unit(scope, CodeKind::Function, &def.name, &qualname, span.line);
        self.set_parameter_counts(&def.params);
        let body = match def.body.split_first() {
            Some((first, rest)) if is_docstring(first) => rest,
            _ => &def.body[..],
        };
        self.compile_body(body)?;
        self.emit_return_none();
        let child = self.finish_child_unit();
        self.set_location(span);
        self.emit(Instruction::MakeFunction { child, flags });
        for _ in &def.decorators {
            self.emit(Instruction::Call(1));
        }
        self.emit_store_name(&def.name);
        Ok(())
    }

    /// Pushes the defaults tuple and keyword-defaults dict a function needs
    /// and returns the matching `MakeFunction` flags.
    pub(super) fn compile_parameter_defaults(
        &mut self,
        params: &'a Parameters,
    ) -> Result<u16, CompileError> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|param| param.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for default in &defaults {
                self.compile_expr(default)?;
            }
            self.emit(Instruction::BuildTuple(defaults.len() as u32));
            flags |= MakeFunctionFlags::DEFAULTS;
        }
        let kw_defaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|param| param.default.is_some())
            .collect();
        if !kw_defaults.is_empty() {
            for param in &kw_defaults {
                self.emit_string(&param.name);
                if let Some(default) = &param.default {
                    self.compile_expr(default)?;
                }
            }
            self.emit(Instruction::BuildMap(kw_defaults.len() as u32));
            flags |= MakeFunctionFlags::KW_DEFAULTS;
        }
        Ok(flags)
    }

    pub(super) fn set_parameter_counts(&mut self, params: &Parameters) {
        let unit = self.unit();
        unit.posonly_count = params.posonly.len() as u32;
        unit.arg_count = (params.posonly.len() + params.args.len()) as u32;
        unit.kwonly_count = params.kwonly.len() as u32;
        unit.has_varargs = params.vararg.is_some();
        unit.has_varkeywords = params.kwarg.is_some();
    }

    fn compile_class_def(&mut self, class: &'a ClassDef, span: Span) -> CompileResult {
        self.emit_line(span);
        if let Some(keyword) = class.keywords.first() {
            return Err(CompileError::unsupported(
                "class keywords (such as metaclass=) are not supported by Yieldscope",
                keyword.span,
            ));
        }
        for decorator in &class.decorators {
            self.compile_expr(decorator)?;
        }
        let scope = self.table.scope_of(class);
        let qualname = self.qualname_for(&class.name);
        self.push_unit(scope, CodeKind::Class, &class.name, &qualname, span.line);
        let body = match class.body.split_first() {
            Some((first, rest)) if is_docstring(first) => rest,
            _ => &class.body[..],
        };
        self.compile_body(body)?;
        self.emit_return_none();
        let child = self.finish_child_unit();
        self.set_location(span);
        self.emit(Instruction::MakeFunction { child, flags: 0 });
        let name = class.name.clone();
        self.emit_constant(ConstantKey::Str(name.clone()), Value::string(name));
        for base in &class.bases {
            if matches!(base.kind, ExprKind::Starred(_)) {
                return Err(CompileError::unsupported(
                    "starred base classes are not supported by Yieldscope",
                    base.span,
                ));
            }
            self.compile_expr(base)?;
        }
        self.set_location(span);
        self.emit(Instruction::MakeClass(class.bases.len() as u32));
        for _ in &class.decorators {
            self.emit(Instruction::Call(1));
        }
        self.emit_store_name(&class.name);
        Ok(())
    }
}

fn is_docstring(stmt: &Stmt) -> bool {
    matches!(
        &stmt.kind,
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        })
    )
}

/// A loop target as written, for the trace: `word`, `i, (a, b)`,
/// `self.x`.
pub(super) fn target_text(target: &Expr) -> String {
    match &target.kind {
        ExprKind::Tuple(items) if items.len() > 1 => join_targets(items),
        _ => nested_target_text(target),
    }
}

fn nested_target_text(target: &Expr) -> String {
    match &target.kind {
        ExprKind::Name(name) => name.clone(),
        ExprKind::Starred(inner) => format!("*{}", nested_target_text(inner)),
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", nested_target_text(value)),
        ExprKind::Subscript { value, .. } => format!("{}[…]", nested_target_text(value)),
        ExprKind::List(items) => format!("[{}]", join_targets(items)),
        ExprKind::Tuple(items) if items.len() == 1 => format!("({},)", join_targets(items)),
        ExprKind::Tuple(items) => format!("({})", join_targets(items)),
        _ => "…".to_string(),
    }
}

fn join_targets(items: &[Expr]) -> String {
    let texts: Vec<String> = items.iter().map(nested_target_text).collect();
    texts.join(", ")
}

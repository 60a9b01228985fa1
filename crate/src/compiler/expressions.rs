//! Expressions to bytecode: operators, calls, displays, comprehensions
//! (each its own code object, as in CPython 3.11), lambdas, `yield`,
//! `yield from` and f-strings.

use num_bigint::BigInt;

use super::code::{CodeKind, FormatFlags, Instruction};
use super::statements::target_text;
use super::symtable::ComprehensionKind;
use super::unit::{ConstantKey, Label};
use super::{CompileResult, Compiler};
use crate::runtime::Value;
use crate::syntax::ast::*;
use crate::syntax::error::CompileError;

impl<'a> Compiler<'a> {
    pub(super) fn compile_expr(&mut self, expr: &'a Expr) -> CompileResult {
        self.set_location(expr.span);
        match &expr.kind {
            ExprKind::Name(name) => self.emit_load_name(name),
            ExprKind::Constant(constant) => self.compile_constant(constant),
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.set_location(expr.span);
                self.emit(Instruction::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.set_location(expr.span);
                self.emit(Instruction::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                // `a or b`: keep a copy of `a` as the result if it decides.
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Instruction::PopJumpIfFalse,
                    BoolOp::Or => Instruction::PopJumpIfTrue,
                };
                for (index, value) in values.iter().enumerate() {
                    self.compile_expr(value)?;
                    if index + 1 < values.len() {
                        self.emit(Instruction::Copy(1));
                        self.emit_jump(jump, end);
                        self.emit(Instruction::Pop);
                    }
                }
                self.bind_label(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(expr.span, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(test, false, otherwise)?;
                self.compile_expr(body)?;
                self.emit_jump(Instruction::Jump, end);
                self.bind_label(otherwise);
                self.compile_expr(orelse)?;
                self.bind_label(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Instruction::Copy(1));
                self.compile_store(target)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(expr.span, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let index = self.name_index(attr);
                self.set_location(expr.span);
                self.emit(Instruction::LoadAttr(index));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_subscript_index(index)?;
                self.set_location(expr.span);
                self.emit(Instruction::BinarySubscr);
            }
            ExprKind::Slice { .. } => {
                return Err(CompileError::syntax("invalid syntax", expr.span));
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    expr.span,
                ));
            }
            ExprKind::List(items) => self.compile_sequence_display(items, Display::List)?,
            ExprKind::Tuple(items) => self.compile_sequence_display(items, Display::Tuple)?,
            ExprKind::Set(items) => self.compile_sequence_display(items, Display::Set)?,
            ExprKind::Dict { keys, values } => self.compile_dict_display(keys, values)?,
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::List, &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::Set, &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(
                expr,
                ComprehensionKind::Dict,
                &[key, value],
                generators,
            )?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::Generator, &[elt], generators)?
            }
            ExprKind::Lambda { params, body } => self.compile_lambda(expr, params, body)?,
            ExprKind::Yield(value) => {
                match value {
                    Some(value) => self.compile_expr(value)?,
                    None => self.emit_none(),
                }
                self.set_location(expr.span);
                self.emit(Instruction::YieldValue { delegating: false });
            }
            ExprKind::YieldFrom(value) => {
                self.compile_expr(value)?;
                self.set_location(expr.span);
                self.emit(Instruction::GetYieldFromIter);
                self.emit_none();
                self.emit_yield_from_loop();
            }
            ExprKind::FString(parts) => self.compile_fstring(parts)?,
        }
        Ok(())
    }

    /// `delegate value` on the stack; leaves the delegate's return value.
    fn emit_yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind_label(send);
        self.emit_jump(Instruction::Send, exit);
        self.emit(Instruction::YieldValue { delegating: true });
        self.emit_jump(Instruction::Jump, send);
        self.bind_label(exit);
    }

    fn compile_constant(&mut self, constant: &Constant) {
        let (key, value) = match constant {
            Constant::None => (ConstantKey::None, Value::None),
            Constant::Bool(b) => (ConstantKey::Bool(*b), Value::Bool(*b)),
            Constant::Int(digits) => {
                let value = match digits.parse::<i64>() {
                    Ok(small) => Value::Int(small),
                    Err(_) => Value::from_bigint(digits.parse::<BigInt>().unwrap_or_default()),
                };
                (ConstantKey::Int(digits.clone()), value)
            }
            Constant::Float(f) => (ConstantKey::Float(f.to_bits()), Value::Float(*f)),
            Constant::Str(s) => (ConstantKey::Str(s.clone()), Value::str(s)),
            Constant::Ellipsis => (ConstantKey::Ellipsis, Value::Ellipsis),
        };
        self.emit_constant(key, value);
    }

    pub(super) fn compile_subscript_index(&mut self, index: &'a Expr) -> CompileResult {
        match &index.kind {
            ExprKind::Slice { lower, upper, step } => {
                for bound in [lower, upper] {
                    match bound {
                        Some(bound) => self.compile_expr(bound)?,
                        None => self.emit_none(),
                    }
                }
                let count = match step {
                    Some(step) => {
                        self.compile_expr(step)?;
                        3
                    }
                    None => 2,
                };
                self.set_location(index.span);
                self.emit(Instruction::BuildSlice(count));
            }
            ExprKind::Tuple(items)
                if items
                    .iter()
                    .any(|i| matches!(i.kind, ExprKind::Slice { .. })) =>
            {
                for item in items {
                    self.compile_subscript_index(item)?;
                }
                self.emit(Instruction::BuildTuple(items.len() as u32));
            }
            _ => self.compile_expr(index)?,
        }
        Ok(())
    }

    /// Compiles `expr` as a condition that jumps to `target` when its truth
    /// equals `jump_when`, short-circuiting `and`/`or`/`not` without
    /// materialising intermediate values.
    pub(super) fn compile_jump_if(
        &mut self,
        expr: &'a Expr,
        jump_when: bool,
        target: Label,
    ) -> CompileResult {
        match &expr.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.compile_jump_if(operand, !jump_when, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == BoolOp::Or;
                let (last, rest) = values.split_last().expect("checked non-empty");
                if is_or == jump_when {
                    for value in rest {
                        self.compile_jump_if(value, jump_when, target)?;
                    }
                    self.compile_jump_if(last, jump_when, target)
                } else {
                    let skip = self.new_label();
                    for value in rest {
                        self.compile_jump_if(value, !jump_when, skip)?;
                    }
                    self.compile_jump_if(last, jump_when, target)?;
                    self.bind_label(skip);
                    Ok(())
                }
            }
            _ => {
                self.compile_expr(expr)?;
                let jump = if jump_when {
                    Instruction::PopJumpIfTrue
                } else {
                    Instruction::PopJumpIfFalse
                };
                self.emit_jump(jump, target);
                Ok(())
            }
        }
    }

    fn compile_compare(
        &mut self,
        span: Span,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CompileResult {
        self.compile_expr(left)?;
        if ops.len() == 1 {
            self.compile_expr(&comparators[0])?;
            self.set_location(span);
            self.emit(Instruction::Compare(ops[0]));
            return Ok(());
        }
        // a < b < c: b is evaluated once and kept for the next comparison.
        let cleanup = self.new_label();
        let end = self.new_label();
        for (index, (op, comparator)) in ops.iter().zip(comparators).enumerate() {
            self.compile_expr(comparator)?;
            self.set_location(span);
            if index + 1 < ops.len() {
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::Compare(*op));
                self.emit(Instruction::Copy(1));
                self.emit_jump(Instruction::PopJumpIfFalse, cleanup);
                self.emit(Instruction::Pop);
            } else {
                self.emit(Instruction::Compare(*op));
            }
        }
        self.emit_jump(Instruction::Jump, end);
        self.bind_label(cleanup);
        self.emit(Instruction::Swap(2));
        self.emit(Instruction::Pop);
        self.bind_label(end);
        Ok(())
    }

    fn compile_call(
        &mut self,
        span: Span,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult {
        let unpacks = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if unpacks {
            return self.compile_call_with_unpacking(span, func, args, keywords);
        }
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, keywords.is_empty()) {
            self.compile_expr(value)?;
            let index = self.name_index(attr);
            self.set_location(func.span);
            self.emit(Instruction::LoadMethod(index));
            for arg in args {
                self.compile_expr(arg)?;
            }
            self.set_location(span);
            self.emit(Instruction::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.compile_expr(func)?;
        for arg in args {
            self.compile_expr(arg)?;
        }
        for keyword in keywords {
            self.compile_expr(&keyword.value)?;
        }
        self.set_location(span);
        if keywords.is_empty() {
            self.emit(Instruction::Call(args.len() as u32));
        } else {
            let names: Vec<String> = keywords
                .iter()
                .map(|k| k.arg.clone().unwrap_or_default())
                .collect();
            let tuple = Value::Tuple(std::rc::Rc::new(crate::runtime::objects::TupleObj {
                id: 0,
                items: names.iter().map(|n| Value::str(n)).collect(),
            }));
            let names_const = self.unit().constant(ConstantKey::Names(names), tuple);
            self.emit(Instruction::CallKw {
                argc: (args.len() + keywords.len()) as u16,
                names_const: names_const as u16,
            });
        }
        Ok(())
    }

    fn compile_call_with_unpacking(
        &mut self,
        span: Span,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult {
        self.compile_expr(func)?;
        self.emit(Instruction::BuildList(0));
        for arg in args {
            match &arg.kind {
                ExprKind::Starred(inner) => {
                    self.compile_expr(inner)?;
                    self.set_location(arg.span);
                    self.emit(Instruction::ListExtend(1));
                }
                _ => {
                    self.compile_expr(arg)?;
                    self.emit(Instruction::ListAppend(1));
                }
            }
        }
        self.emit(Instruction::ListToTuple);
        let has_kwargs = !keywords.is_empty();
        if has_kwargs {
            self.emit(Instruction::BuildMap(0));
            for keyword in keywords {
                match &keyword.arg {
                    Some(name) => {
                        self.emit_string(name);
                        self.compile_expr(&keyword.value)?;
                        self.emit(Instruction::MapAdd(1));
                    }
                    None => {
                        self.compile_expr(&keyword.value)?;
                        self.set_location(keyword.span);
                        self.emit(Instruction::DictMerge(1));
                    }
                }
            }
        }
        self.set_location(span);
        self.emit(Instruction::CallEx { has_kwargs });
        Ok(())
    }

    fn compile_sequence_display(&mut self, items: &'a [Expr], display: Display) -> CompileResult {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            for item in items {
                self.compile_expr(item)?;
            }
            let count = items.len() as u32;
            self.emit(match display {
                Display::List => Instruction::BuildList(count),
                Display::Tuple => Instruction::BuildTuple(count),
                Display::Set => Instruction::BuildSet(count),
            });
            return Ok(());
        }
        let (build, add, extend) = match display {
            Display::Set => (
                Instruction::BuildSet(0),
                Instruction::SetAdd(1),
                Instruction::SetUpdate(1),
            ),
            _ => (
                Instruction::BuildList(0),
                Instruction::ListAppend(1),
                Instruction::ListExtend(1),
            ),
        };
        self.emit(build);
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    self.compile_expr(inner)?;
                    self.set_location(item.span);
                    self.emit(extend);
                }
                _ => {
                    self.compile_expr(item)?;
                    self.emit(add);
                }
            }
        }
        if display == Display::Tuple {
            self.emit(Instruction::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict_display(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
    ) -> CompileResult {
        if keys.iter().all(Option::is_some) {
            for (key, value) in keys.iter().zip(values) {
                if let Some(key) = key {
                    self.compile_expr(key)?;
                }
                self.compile_expr(value)?;
            }
            self.emit(Instruction::BuildMap(values.len() as u32));
            return Ok(());
        }
        self.emit(Instruction::BuildMap(0));
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.compile_expr(key)?;
                    self.compile_expr(value)?;
                    self.emit(Instruction::MapAdd(1));
                }
                None => {
                    self.compile_expr(value)?;
                    self.set_location(value.span);
                    self.emit(Instruction::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        expr: &'a Expr,
        kind: ComprehensionKind,
        elements: &[&'a Expr],
        generators: &'a [Comprehension],
    ) -> CompileResult {
        let Some(first) = generators.first() else {
            return Err(CompileError::syntax("invalid syntax", expr.span));
        };
        let scope = self.table.scope_of(expr);
        let name = kind.code_name();
        let qualname = self.qualname_for(name);
        self.push_unit(
            scope,
            CodeKind::Comprehension,
            name,
            &qualname,
            expr.span.line,
        );
        self.unit().arg_count = 1;
        self.set_location(expr.span);
        match kind {
            ComprehensionKind::List => self.emit(Instruction::BuildList(0)),
            ComprehensionKind::Set => self.emit(Instruction::BuildSet(0)),
            ComprehensionKind::Dict => self.emit(Instruction::BuildMap(0)),
            ComprehensionKind::Generator => {}
        }
        self.compile_comprehension_loop(expr.span, kind, elements, generators, 0)?;
        self.set_location(expr.span);
        if kind == ComprehensionKind::Generator {
            self.emit_return_none();
        } else {
            self.emit(Instruction::ReturnValue);
        }
        let child = self.finish_child_unit();
        self.set_location(expr.span);
        self.emit(Instruction::MakeFunction { child, flags: 0 });
        self.compile_expr(&first.iter)?;
        self.set_location(first.iter.span);
        self.emit(Instruction::GetIter);
        self.set_location(expr.span);
        self.emit(Instruction::Call(1));
        Ok(())
    }

    fn compile_comprehension_loop(
        &mut self,
        span: Span,
        kind: ComprehensionKind,
        elements: &[&'a Expr],
        generators: &'a [Comprehension],
        index: usize,
    ) -> CompileResult {
        let generator = &generators[index];
        if generator
            .ifs
            .iter()
            .chain(std::iter::once(&generator.iter))
            .any(|e| matches!(e.kind, ExprKind::Starred(_)))
        {
            return Err(CompileError::syntax(
                "iterable unpacking cannot be used in comprehension",
                span,
            ));
        }
        let start = self.new_label();
        let next = self.new_label();
        let exit = self.new_label();
        if index == 0 {
            self.emit(Instruction::LoadFast(0));
        } else {
            self.compile_expr(&generator.iter)?;
            self.set_location(generator.iter.span);
            self.emit(Instruction::GetIter);
        }
        // Below the iterators: the list, set or dict being built.
        let collection = u32::from(kind != ComprehensionKind::Generator);
        let iterator = self.unit().begin_loop(
            index as u32 + collection,
            span.line,
            target_text(&generator.target).into(),
        );
        self.bind_label(start);
        self.set_location(span);
        self.emit_jump(Instruction::ForIter, exit);
        self.compile_store(&generator.target)?;
        self.set_location(span);
        self.emit(Instruction::Line(span.line));
        for condition in &generator.ifs {
            self.compile_jump_if(condition, false, next)?;
        }
        if index + 1 < generators.len() {
            self.compile_comprehension_loop(span, kind, elements, generators, index + 1)?;
        } else {
            let depth = generators.len() as u32 + 1;
            for element in elements {
                self.compile_expr(element)?;
            }
            self.set_location(span);
            match kind {
                ComprehensionKind::List => self.emit(Instruction::ListAppend(depth)),
                ComprehensionKind::Set => self.emit(Instruction::SetAdd(depth)),
                ComprehensionKind::Dict => self.emit(Instruction::MapAdd(depth)),
                ComprehensionKind::Generator => {
                    self.emit(Instruction::YieldValue { delegating: false });
                    self.emit(Instruction::Pop);
                }
            }
        }
        self.bind_label(next);
        self.emit_jump(Instruction::Jump, start);
        self.bind_label(exit);
        self.unit().end_loop(iterator);
        Ok(())
    }

    fn compile_lambda(
        &mut self,
        expr: &'a Expr,
        params: &'a Parameters,
        body: &'a Expr,
    ) -> CompileResult {
        let flags = self.compile_parameter_defaults(params)?;
        let scope = self.table.scope_of(expr);
        let qualname = self.qualname_for("<lambda>");
        self.push_unit(
            scope,
            CodeKind::Lambda,
            "<lambda>",
            &qualname,
            expr.span.line,
        );
        self.set_parameter_counts(params);
        self.set_location(body.span);
        self.emit(Instruction::Line(body.span.line));
        self.compile_expr(body)?;
        self.emit(Instruction::ReturnValue);
        let child = self.finish_child_unit();
        self.set_location(expr.span);
        self.emit(Instruction::MakeFunction { child, flags });
        Ok(())
    }

    fn compile_fstring(&mut self, parts: &'a [FStringPart]) -> CompileResult {
        let mut count = 0;
        for part in parts {
            match part {
                FStringPart::Literal(text) => {
                    if text.is_empty() {
                        continue;
                    }
                    self.emit_string(text);
                    count += 1;
                }
                FStringPart::Field(field) => {
                    if let Some(debug_text) = &field.debug_text {
                        self.emit_string(debug_text);
                        count += 1;
                    }
                    self.compile_expr(&field.value)?;
                    let mut flags = match field.conversion {
                        Some('s') => FormatFlags::CONVERT_STR,
                        Some('r') => FormatFlags::CONVERT_REPR,
                        Some('a') => FormatFlags::CONVERT_ASCII,
                        // `{x=}` shows the repr unless a spec asks otherwise.
                        None if field.debug_text.is_some() && field.format_spec.is_none() => {
                            FormatFlags::CONVERT_REPR
                        }
                        _ => 0,
                    };
                    if let Some(spec) = &field.format_spec {
                        self.compile_fstring(spec)?;
                        flags |= FormatFlags::HAS_SPEC;
                    }
                    self.set_location(field.value.span);
                    self.emit(Instruction::FormatValue(flags));
                    count += 1;
                }
            }
        }
        if count == 0 {
            self.emit_string("");
        } else if count > 1 {
            self.emit(Instruction::BuildString(count));
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Tuple,
    Set,
}

//! Simple statements: everything that fits on one logical line, including
//! assignments and imports.

use super::targets::{expression_name, invalid_target, is_single_target, TargetKind};
use super::{Failure, ParseResult, Parsed, Parser};
use crate::syntax::ast::{Alias, BinOp, Expr, ExprKind, Span, Stmt, StmtKind};
use crate::syntax::error::CompileError;
use crate::syntax::token::{Keyword, Op, TokenKind};

/// An expression on the right of `=` or in a statement, with the index of
/// its first token for error reporting.
struct Piece {
    start: usize,
    parsed: Parsed,
}

impl<'s> Parser<'s> {
    /// Statements separated by `;` and ended by a newline, appended to
    /// `body`.
    pub(super) fn simple_statements(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        loop {
            let statement = self.simple_statement()?;
            body.push(statement);
            if self.eat_op(Op::Semicolon).is_some() {
                if self.at_newline() {
                    self.advance();
                    return Ok(());
                }
                continue;
            }
            self.expect_newline()?;
            return Ok(());
        }
    }

    fn simple_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.peek_span();
        let kind = match &self.peek().kind {
            TokenKind::Keyword(Keyword::Pass) => self.bare(StmtKind::Pass)?,
            TokenKind::Keyword(Keyword::Break) => self.bare(StmtKind::Break)?,
            TokenKind::Keyword(Keyword::Continue) => self.bare(StmtKind::Continue)?,
            TokenKind::Keyword(Keyword::Return) => self.return_statement()?,
            TokenKind::Keyword(Keyword::Raise) => self.raise_statement()?,
            TokenKind::Keyword(Keyword::Global) => StmtKind::Global(self.name_list()?),
            TokenKind::Keyword(Keyword::Nonlocal) => StmtKind::Nonlocal(self.name_list()?),
            TokenKind::Keyword(Keyword::Del) => self.del_statement()?,
            TokenKind::Keyword(Keyword::Assert) => self.assert_statement()?,
            TokenKind::Keyword(Keyword::Import) => self.import_statement()?,
            TokenKind::Keyword(Keyword::From) => self.import_from_statement()?,
            _ => self.expression_statement()?,
        };
        Ok(Stmt {
            kind,
            span: start.to(self.previous_span()),
        })
    }

    /// Checks that a simple statement ends here; `last` is its final
    /// expression, if it ends with one.
    fn end_of_statement(&mut self, last: Option<(usize, &Expr)>) -> ParseResult<()> {
        if self.at_newline() || self.at_op(Op::Semicolon) {
            return Ok(());
        }
        match last {
            Some((start, expr)) => Err(self.fail_after_expression(start, expr)),
            None => Err(self.invalid_syntax()),
        }
    }

    fn bare(&mut self, kind: StmtKind) -> ParseResult<StmtKind> {
        self.advance();
        self.end_of_statement(None)?;
        Ok(kind)
    }

    fn at_statement_end(&self) -> bool {
        self.at_newline() || self.at_op(Op::Semicolon)
    }

    fn piece(
        &mut self,
        parse: impl FnOnce(&mut Self) -> ParseResult<Parsed>,
    ) -> ParseResult<Piece> {
        let start = self.pos;
        let parsed = parse(self)?;
        Ok(Piece { start, parsed })
    }

    fn return_statement(&mut self) -> ParseResult<StmtKind> {
        self.advance();
        if self.at_statement_end() {
            return Ok(StmtKind::Return(None));
        }
        let value = self.piece(|parser| parser.star_expressions())?;
        self.end_of_statement(Some((value.start, &value.parsed.expr)))?;
        self.check_not_starred(&value.parsed.expr);
        Ok(StmtKind::Return(Some(value.parsed.expr)))
    }

    fn raise_statement(&mut self) -> ParseResult<StmtKind> {
        self.advance();
        if self.at_statement_end() {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = self.piece(|parser| parser.expression())?;
        if self.eat_keyword(Keyword::From).is_none() {
            self.end_of_statement(Some((exc.start, &exc.parsed.expr)))?;
            return Ok(StmtKind::Raise {
                exc: Some(exc.parsed.expr),
                cause: None,
            });
        }
        let cause = self.piece(|parser| parser.expression())?;
        self.end_of_statement(Some((cause.start, &cause.parsed.expr)))?;
        Ok(StmtKind::Raise {
            exc: Some(exc.parsed.expr),
            cause: Some(cause.parsed.expr),
        })
    }

    /// The names of a `global` or `nonlocal` statement.
    fn name_list(&mut self) -> ParseResult<Vec<String>> {
        self.advance();
        let mut names = vec![self.expect_name()?.0];
        while self.eat_op(Op::Comma).is_some() {
            names.push(self.expect_name()?.0);
        }
        self.end_of_statement(None)?;
        Ok(names)
    }

    fn del_statement(&mut self) -> ParseResult<StmtKind> {
        self.advance();
        let mut targets = Vec::new();
        let mut last_start = self.pos;
        loop {
            if self.at_statement_end() && !targets.is_empty() {
                break;
            }
            last_start = self.pos;
            let target = self.star_expression()?;
            targets.push(target.expr);
            if self.eat_op(Op::Comma).is_none() {
                break;
            }
        }
        for target in &targets {
            if let Some(bad) = invalid_target(target, TargetKind::Delete) {
                return Err(self.error(format!("cannot delete {}", expression_name(bad)), bad.span));
            }
        }
        if !self.at_statement_end() {
            let last = targets.last().expect("del has a target");
            return Err(self.fail_after_expression(last_start, last));
        }
        Ok(StmtKind::Delete(targets))
    }

    fn assert_statement(&mut self) -> ParseResult<StmtKind> {
        self.advance();
        let test = self.piece(|parser| parser.expression())?;
        if self.eat_op(Op::Comma).is_none() {
            self.end_of_statement(Some((test.start, &test.parsed.expr)))?;
            return Ok(StmtKind::Assert {
                test: test.parsed.expr,
                msg: None,
            });
        }
        let msg = self.piece(|parser| parser.expression())?;
        self.end_of_statement(Some((msg.start, &msg.parsed.expr)))?;
        Ok(StmtKind::Assert {
            test: test.parsed.expr,
            msg: Some(msg.parsed.expr),
        })
    }

    /// `import a.b as c, d`
    fn import_statement(&mut self) -> ParseResult<StmtKind> {
        self.advance();
        let mut aliases = Vec::new();
        loop {
            let (name, span) = self.dotted_name()?;
            let alias = self.alias_tail(name, span)?;
            aliases.push(alias);
            if self.eat_op(Op::Comma).is_none() {
                break;
            }
        }
        self.end_of_statement(None)?;
        Ok(StmtKind::Import(aliases))
    }

    fn dotted_name(&mut self) -> ParseResult<(String, Span)> {
        let (mut name, start) = self.expect_name()?;
        let mut end = start;
        while self.eat_op(Op::Dot).is_some() {
            let (part, span) = self.expect_name()?;
            name.push('.');
            name.push_str(&part);
            end = span;
        }
        Ok((name, start.to(end)))
    }

    /// The optional `as name` after an imported name.
    fn alias_tail(&mut self, name: String, span: Span) -> ParseResult<Alias> {
        if self.eat_keyword(Keyword::As).is_none() {
            return Ok(Alias {
                name,
                asname: None,
                span,
            });
        }
        let (asname, end) = self.expect_name()?;
        Ok(Alias {
            name,
            asname: Some(asname),
            span: span.to(end),
        })
    }

    /// `from module import a as b, c`, `from module import (a, b)`, or
    /// `from module import *`.
    fn import_from_statement(&mut self) -> ParseResult<StmtKind> {
        let from = self.advance();
        let mut level = 0;
        loop {
            if self.eat_op(Op::Dot).is_some() {
                level += 1;
            } else if self.eat_op(Op::Ellipsis).is_some() {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level == 0 || self.at_name() {
            self.dotted_name()?.0
        } else {
            String::new()
        };
        if self.eat_keyword(Keyword::Import).is_none() {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if let Some(star) = self.eat_op(Op::Star) {
            self.unsupported("'from ... import *' statements are", star);
        } else if self.eat_op(Op::LeftParen).is_some() {
            loop {
                let (name, span) = self.expect_name()?;
                names.push(self.alias_tail(name, span)?);
                if self.eat_op(Op::Comma).is_none() || self.at_op(Op::RightParen) {
                    break;
                }
            }
            self.expect_op(Op::RightParen)?;
        } else {
            loop {
                let (name, span) = self.expect_name()?;
                names.push(self.alias_tail(name, span)?);
                if self.eat_op(Op::Comma).is_none() {
                    break;
                }
                if self.at_newline() {
                    return Err(self.error(
                        "trailing comma not allowed without surrounding parentheses",
                        self.peek_span(),
                    ));
                }
            }
        }
        self.end_of_statement(None)?;
        if level > 0 {
            self.unsupported("relative imports are", from.to(self.previous_span()));
        }
        Ok(StmtKind::ImportFrom { module, names })
    }

    /// An expression statement, or an assignment of any kind.
    fn expression_statement(&mut self) -> ParseResult<StmtKind> {
        let first = self.piece(|parser| {
            if parser.at_keyword(Keyword::Yield) {
                parser.yield_expression()
            } else {
                parser.star_expressions()
            }
        })?;
        if self.at_op(Op::Equal) {
            return self.assignment(first);
        }
        if let Some(op) = self.augmented_operator() {
            return self.augmented_assignment(first, op);
        }
        if self.at_op(Op::Colon) {
            return self.annotated_assignment(first);
        }
        if self.at_op(Op::ColonEqual) {
            if let ExprKind::Name(_) = first.parsed.expr.kind {
                return Err(self.invalid_syntax());
            }
            return Err(self.error(
                format!(
                    "cannot use assignment expressions with {}",
                    expression_name(&first.parsed.expr)
                ),
                first.parsed.span(),
            ));
        }
        self.end_of_statement(Some((first.start, &first.parsed.expr)))?;
        self.check_not_starred(&first.parsed.expr);
        Ok(StmtKind::Expr(first.parsed.expr))
    }

    /// A starred expression on its own is valid syntax, but CPython's
    /// compiler rejects it.
    fn check_not_starred(&mut self, expr: &Expr) {
        if let ExprKind::Starred(_) = expr.kind {
            self.defer(CompileError::syntax(
                "can't use starred expression here",
                expr.span,
            ));
        }
    }

    /// The value of an assignment: a yield expression or expressions.
    fn assigned_value(&mut self) -> ParseResult<Piece> {
        self.piece(|parser| {
            if parser.at_keyword(Keyword::Yield) {
                parser.yield_expression()
            } else {
                parser.star_expressions()
            }
        })
    }

    /// `a = b = value`
    fn assignment(&mut self, first: Piece) -> ParseResult<StmtKind> {
        let mut pieces = vec![first];
        while self.eat_op(Op::Equal).is_some() {
            match self.assigned_value() {
                Ok(value) => pieces.push(value),
                Err(error) => return Err(self.missing_value_error(&pieces, error)),
            }
        }
        if let Some(error) = self.assignment_target_error(&pieces) {
            return Err(error);
        }
        let last = pieces.last().expect("an assignment has a value");
        self.end_of_statement(Some((last.start, &last.parsed.expr)))?;
        let mut pieces = pieces.into_iter().map(|piece| piece.parsed.expr);
        let value = pieces.next_back().expect("an assignment has a value");
        let targets: Vec<Expr> = pieces.collect();
        for target in &targets {
            self.check_starred_target(target);
        }
        self.check_not_starred(&value);
        Ok(StmtKind::Assign { targets, value })
    }

    /// Nothing valid follows an `=`: CPython's diagnostic pass still
    /// reports an invalid target before it, if there is one, rather than
    /// the generic error.
    fn missing_value_error(&mut self, targets: &[Piece], error: Failure) -> Failure {
        if error.message != "invalid syntax" {
            return error;
        }
        if targets.len() >= 2 {
            if let Some(mistake) = self.mistaken_comparison(&targets[0], &targets[1]) {
                return mistake;
            }
        }
        for piece in targets {
            let expr = &piece.parsed.expr;
            if is_yield(expr) {
                return self.error("assignment to yield expression not possible", expr.span);
            }
            if let Some(bad) = invalid_target(expr, TargetKind::Assign) {
                return self.error(
                    format!("cannot assign to {}", expression_name(bad)),
                    bad.span,
                );
            }
        }
        error
    }

    /// Starred targets are valid syntax but rejected by CPython's
    /// compiler unless they sit, once, in a tuple or list.
    pub(super) fn check_starred_target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Starred(_) => self.defer(CompileError::syntax(
                "starred assignment target must be in a list or tuple",
                target.span,
            )),
            ExprKind::Tuple(elements) | ExprKind::List(elements) => {
                let starred = elements
                    .iter()
                    .filter(|element| matches!(element.kind, ExprKind::Starred(_)))
                    .count();
                if starred > 1 {
                    self.defer(CompileError::syntax(
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                for element in elements {
                    match &element.kind {
                        ExprKind::Starred(inner) => self.check_starred_target_inner(inner),
                        _ => self.check_starred_target(element),
                    }
                }
            }
            _ => {}
        }
    }

    fn check_starred_target_inner(&mut self, target: &Expr) {
        if let ExprKind::Tuple(_) | ExprKind::List(_) = target.kind {
            self.check_starred_target(target);
        }
    }

    /// CPython's messages for invalid assignment targets. Before naming
    /// the invalid target, its diagnostic pass tries reading `target =
    /// value` as a mistyped comparison or walrus.
    fn assignment_target_error(&mut self, pieces: &[Piece]) -> Option<Failure> {
        let targets = &pieces[..pieces.len() - 1];
        let all_valid = targets.iter().all(|piece| {
            !is_yield(&piece.parsed.expr)
                && invalid_target(&piece.parsed.expr, TargetKind::Assign).is_none()
        });
        if all_valid {
            return None;
        }
        if let Some(error) = self.mistaken_comparison(&pieces[0], &pieces[1]) {
            return Some(error);
        }
        for piece in targets {
            let expr = &piece.parsed.expr;
            if is_yield(expr) {
                return Some(self.error("assignment to yield expression not possible", expr.span));
            }
            if let Some(bad) = invalid_target(expr, TargetKind::Assign) {
                return Some(self.error(
                    format!("cannot assign to {}", expression_name(bad)),
                    bad.span,
                ));
            }
        }
        None
    }

    /// `f() = 1` where `f() == 1` was meant: CPython checks the last
    /// element of the first target against the start of the first value.
    fn mistaken_comparison(&mut self, target: &Piece, value: &Piece) -> Option<Failure> {
        let (element, element_start) = match &target.parsed.expr.kind {
            ExprKind::Tuple(elements) if !self.is_parenthesized_tuple(target) => {
                let element = elements.last()?;
                (element, self.first_token_of(element))
            }
            _ => (&target.parsed.expr, target.start),
        };
        self.mistaken_assignment(element_start, element, value.start)
    }

    fn is_parenthesized_tuple(&self, piece: &Piece) -> bool {
        matches!(self.tokens[piece.start].kind, TokenKind::Op(Op::LeftParen))
            && self.tokens[piece.start].span.col == piece.parsed.span().col
            && self.tokens[piece.start].span.line == piece.parsed.span().line
    }

    /// The index of the first token of `expr`, including any opening
    /// parentheses around it.
    fn first_token_of(&self, expr: &Expr) -> usize {
        let key = (expr.span.line, expr.span.col);
        let mut index = self
            .tokens
            .partition_point(|token| (token.span.line, token.span.col) < key);
        while index > 0 && matches!(self.tokens[index - 1].kind, TokenKind::Op(Op::LeftParen)) {
            index -= 1;
        }
        index
    }

    fn augmented_operator(&self) -> Option<BinOp> {
        let TokenKind::Op(op) = self.peek().kind else {
            return None;
        };
        Some(match op {
            Op::PlusEqual => BinOp::Add,
            Op::MinusEqual => BinOp::Sub,
            Op::StarEqual => BinOp::Mult,
            Op::AtEqual => BinOp::MatMult,
            Op::SlashEqual => BinOp::Div,
            Op::PercentEqual => BinOp::Mod,
            Op::AmpersandEqual => BinOp::BitAnd,
            Op::VerticalBarEqual => BinOp::BitOr,
            Op::CircumflexEqual => BinOp::BitXor,
            Op::LeftShiftEqual => BinOp::LShift,
            Op::RightShiftEqual => BinOp::RShift,
            Op::DoubleStarEqual => BinOp::Pow,
            Op::DoubleSlashEqual => BinOp::FloorDiv,
            _ => return None,
        })
    }

    /// `target op= value`
    fn augmented_assignment(&mut self, target: Piece, op: BinOp) -> ParseResult<StmtKind> {
        self.advance();
        let value = self.assigned_value()?;
        if !is_single_target(&target.parsed.expr) {
            return Err(self.error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expression_name(&target.parsed.expr)
                ),
                target.parsed.span(),
            ));
        }
        self.end_of_statement(Some((value.start, &value.parsed.expr)))?;
        self.check_not_starred(&value.parsed.expr);
        Ok(StmtKind::AugAssign {
            target: target.parsed.expr,
            op,
            value: value.parsed.expr,
        })
    }

    /// `target: annotation = value`; the annotation is parsed and dropped.
    fn annotated_assignment(&mut self, target: Piece) -> ParseResult<StmtKind> {
        self.advance();
        let annotation = self.piece(|parser| parser.expression())?;
        let target_expr = &target.parsed.expr;
        if !is_single_target(target_expr) {
            let message = match target_expr.kind {
                ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
                ExprKind::List(_) => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            return Err(self.error(message, target_expr.span));
        }
        if self.eat_op(Op::Equal).is_none() {
            self.end_of_statement(Some((annotation.start, &annotation.parsed.expr)))?;
            return Ok(StmtKind::AnnAssign {
                target: target.parsed.expr,
                annotation: annotation.parsed.expr,
                value: None,
            });
        }
        let value = self.assigned_value()?;
        self.end_of_statement(Some((value.start, &value.parsed.expr)))?;
        Ok(StmtKind::AnnAssign {
            target: target.parsed.expr,
            annotation: annotation.parsed.expr,
            value: Some(value.parsed.expr),
        })
    }

    /// `yield`, `yield value`, `yield a, b` or `yield from value`.
    pub(super) fn yield_expression(&mut self) -> ParseResult<Parsed> {
        let start = self.advance();
        if self.eat_keyword(Keyword::From).is_some() {
            let value = self.expression()?;
            let span = start.to(value.span());
            return self.node(
                ExprKind::YieldFrom(Box::new(value.expr)),
                span,
                value.height,
            );
        }
        if !self.starts_expression() && !self.at_op(Op::Star) {
            return self.node(ExprKind::Yield(None), start, 0);
        }
        let value = self.star_expressions()?;
        let span = start.to(value.span());
        self.node(
            ExprKind::Yield(Some(Box::new(value.expr))),
            span,
            value.height,
        )
    }
}

fn is_yield(expr: &Expr) -> bool {
    matches!(expr.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
}

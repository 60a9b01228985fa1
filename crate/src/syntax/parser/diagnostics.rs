//! CPython's diagnostic rules: where parsing fails after an expression,
//! its second, diagnostic pass looks for a likely mistake (a missing
//! comma, `=` for `==`, Python 2's `print x`) before settling for
//! `invalid syntax`.

use super::{Failure, ParseResult, Parsed, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind, UnaryOp};
use crate::syntax::token::{Keyword, Op, TokenKind};

impl<'s> Parser<'s> {
    /// Called where an expression has ended but the next token is not one
    /// that may follow it: reports CPython's specific message when one of
    /// its diagnostic rules applies, or `invalid syntax`.
    ///
    /// `start` is the index of the expression's first token.
    pub(super) fn fail_after_expression(&mut self, start: usize, expr: &Expr) -> Failure {
        let furthest = self.furthest.get();
        if let Some(error) = self.missing_comma(start, expr) {
            return error;
        }
        if let Some(error) = self.after_name(start, expr) {
            return error;
        }
        self.invalid_syntax_at(furthest)
    }

    /// Like `fail_after_expression`, for a named expression (an element of a
    /// display, a condition...), after which a stray `=` gets a suggestion.
    pub(super) fn fail_after_named(&mut self, start: usize, expr: &Expr) -> Failure {
        if self.at_op(Op::Equal) {
            let value_start = self.pos + 1;
            if let Some(error) = self.mistaken_assignment(start, expr, value_start) {
                return error;
            }
        }
        self.fail_after_expression(start, expr)
    }

    /// `target = value` where a comparison or a walrus was probably meant:
    /// CPython's `invalid_named_expression`. `start` is the index of the
    /// target's first token (including parentheses), `value_start` that of
    /// the value's.
    pub(super) fn mistaken_assignment(
        &mut self,
        start: usize,
        target: &Expr,
        value_start: usize,
    ) -> Option<Failure> {
        let value_end = self.probe_leniently(|parser| {
            parser.pos = value_start;
            let prefix = parser.bitwise_or()?;
            if parser.at_op(Op::Equal) || parser.at_op(Op::ColonEqual) {
                return Err(parser.invalid_syntax());
            }
            Ok(prefix.span())
        })?;
        let first_token = &self.tokens[start].kind;
        if matches!(first_token, TokenKind::Name(_)) && matches!(target.kind, ExprKind::Name(_)) {
            return Some(self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                target.span.to(value_end),
            ));
        }
        let parenthesized = matches!(first_token, TokenKind::Op(Op::LeftParen))
            && !matches!(
                target.kind,
                ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }
            );
        let bitwise_level = parenthesized
            || !matches!(
                target.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::NamedExpr { .. }
                    | ExprKind::Starred(_)
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
            );
        if !bitwise_level || starts_with_excluded_display(target, first_token) {
            return None;
        }
        Some(self.error(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::targets::expression_name(target)
            ),
            target.span,
        ))
    }

    /// A name followed by something other than `(`: CPython reads the
    /// rest as expressions to suggest a call for `print x` and `exec x`,
    /// and reports any specific error it finds in them on the way.
    fn after_name(&mut self, start: usize, expr: &Expr) -> Option<Failure> {
        let ExprKind::Name(name) = &expr.kind else {
            return None;
        };
        if self.pos != start + 1 || self.at_op(Op::LeftParen) {
            return None;
        }
        match self.probe_result(|parser| parser.star_expressions()) {
            Ok(rest) if matches!(name.as_str(), "print" | "exec") => Some(self.error(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                expr.span.to(rest.span()),
            )),
            Ok(_) => None,
            Err(error) if error.message != "invalid syntax" => Some(error),
            Err(_) => None,
        }
    }

    /// Two expressions side by side inside brackets: CPython guesses a
    /// missing comma.
    fn missing_comma(&mut self, start: usize, expr: &Expr) -> Option<Failure> {
        if !self.starts_expression()
            || self.at_keyword(Keyword::Not) && self.at_keyword_nth(1, Keyword::In)
        {
            return None;
        }
        let first = &self.tokens[start];
        let excluded = match &first.kind {
            TokenKind::Name(name) => {
                matches!(name.as_str(), "match" | "case" | "_")
                    || matches!(
                        self.tokens.get(start + 1).map(|t| &t.kind),
                        Some(TokenKind::String(_))
                    )
            }
            _ => false,
        };
        if excluded {
            return None;
        }
        let left = rightmost_disjunction(expr);
        let right_end = self.probe_leniently(|parser| {
            let right = parser.expression_without_diagnostics()?;
            Ok((right.span(), parser.tokens[parser.pos - 1].bracket_depth))
        })?;
        let (right_span, depth) = right_end;
        if depth == 0 {
            return None;
        }
        Some(self.error(
            "invalid syntax. Perhaps you forgot a comma?",
            left.span.to(right_span),
        ))
    }

    /// CPython's `expression_without_invalid`, used only to see whether an
    /// expression could start here.
    fn expression_without_diagnostics(&mut self) -> ParseResult<Parsed> {
        if self.at_keyword(Keyword::Lambda) {
            return self.lambda();
        }
        let body = self.disjunction()?;
        let conditional = self.speculate(|parser| {
            parser.expect_keyword(Keyword::If)?;
            parser.disjunction()?;
            parser.expect_keyword(Keyword::Else)?;
            parser.expression()
        });
        match conditional {
            Some(orelse) => {
                let span = body.span().to(orelse.span());
                self.node(ExprKind::Constant(Constant::None), span, 0)
            }
            None => Ok(body),
        }
    }
}

/// The last `disjunction` of an expression, which is what CPython's
/// missing-comma diagnostic points at: `a if b else c d` blames `c`.
fn rightmost_disjunction(expr: &Expr) -> &Expr {
    let mut current = expr;
    loop {
        current = match &current.kind {
            ExprKind::IfExp { orelse, .. } => orelse,
            ExprKind::Lambda { body, .. } => body,
            ExprKind::NamedExpr { value, .. } => value,
            _ => return current,
        };
    }
}

/// CPython does not suggest `==` when the target starts with a list or
/// tuple display, a generator expression, or `True`, `False` or `None`.
fn starts_with_excluded_display(expr: &Expr, first_token: &TokenKind) -> bool {
    let mut leftmost = expr;
    loop {
        leftmost = match &leftmost.kind {
            ExprKind::BinOp { left, .. } => left,
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
            ExprKind::Call { func, .. } => func,
            _ => break,
        };
    }
    match first_token {
        TokenKind::Keyword(Keyword::True | Keyword::False | Keyword::None) => true,
        TokenKind::Op(Op::LeftBracket) => matches!(leftmost.kind, ExprKind::List(_)),
        TokenKind::Op(Op::LeftParen) => matches!(
            leftmost.kind,
            ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }
        ),
        _ => false,
    }
}

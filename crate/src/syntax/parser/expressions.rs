//! Expressions: precedence climbing from lambdas and conditional
//! expressions down to primaries and atoms.

use super::{Failure, ParseResult, Parsed, Parser};
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Constant, Expr, ExprKind, UnaryOp};
use crate::syntax::token::{Keyword, Op, TokenKind};

/// Binding strength, weakest first. `Not` and `Unary` only ever appear as
/// prefixes; `**` is handled with primaries because its left operand can
/// only be one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Or,
    And,
    Not,
    Comparison,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
}

impl Level {
    fn tighter(self) -> Level {
        match self {
            Level::Or => Level::And,
            Level::And => Level::Not,
            Level::Not => Level::Comparison,
            Level::Comparison => Level::BitOr,
            Level::BitOr => Level::BitXor,
            Level::BitXor => Level::BitAnd,
            Level::BitAnd => Level::Shift,
            Level::Shift => Level::Arith,
            Level::Arith => Level::Term,
            Level::Term | Level::Unary => Level::Unary,
        }
    }
}

enum Infix {
    Bool(BoolOp),
    Compare,
    Binary(BinOp),
}

impl<'s> Parser<'s> {
    /// `expression`: a lambda, a conditional expression or a disjunction.
    pub(super) fn expression(&mut self) -> ParseResult<Parsed> {
        if self.at_keyword(Keyword::Lambda) {
            return self.lambda();
        }
        let body = self.binary(Level::Or)?;
        if self.at_keyword(Keyword::If) {
            return self.conditional(body);
        }
        Ok(body)
    }

    /// `body if test else orelse`, after `body`.
    fn conditional(&mut self, body: Parsed) -> ParseResult<Parsed> {
        self.advance();
        let test = self.disjunction()?;
        if self.eat_keyword(Keyword::Else).is_none() {
            if self.at_op(Op::Colon) {
                return Err(self.invalid_syntax());
            }
            return Err(self.error(
                "expected 'else' after 'if' expression",
                body.span().to(test.span()),
            ));
        }
        self.descend()?;
        let orelse = self.expression()?;
        self.ascend();
        let span = body.span().to(orelse.span());
        let height = body.height.max(test.height).max(orelse.height);
        self.node(
            ExprKind::IfExp {
                test: Box::new(test.expr),
                body: Box::new(body.expr),
                orelse: Box::new(orelse.expr),
            },
            span,
            height,
        )
    }

    pub(super) fn disjunction(&mut self) -> ParseResult<Parsed> {
        self.binary(Level::Or)
    }

    /// `bitwise_or`: what may follow `*` in a starred expression and what
    /// CPython's assignment diagnostics look at.
    pub(super) fn bitwise_or(&mut self) -> ParseResult<Parsed> {
        self.binary(Level::BitOr)
    }

    /// `named_expression`: `name := value` or an expression.
    pub(super) fn named_expression(&mut self) -> ParseResult<Parsed> {
        if self.at_name() && self.at_op_nth(1, Op::ColonEqual) {
            return self.walrus();
        }
        let expr = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return Err(self.walrus_target_error(&expr));
        }
        Ok(expr)
    }

    fn walrus(&mut self) -> ParseResult<Parsed> {
        let (name, target_span) = self.expect_name()?;
        self.advance();
        let value = self.expression()?;
        let target = self.node(ExprKind::Name(name), target_span, 0)?;
        let span = target_span.to(value.span());
        self.node(
            ExprKind::NamedExpr {
                target: Box::new(target.expr),
                value: Box::new(value.expr),
            },
            span,
            value.height.max(1),
        )
    }

    fn walrus_target_error(&self, target: &Parsed) -> Failure {
        self.error(
            format!(
                "cannot use assignment expressions with {}",
                super::targets::expression_name(&target.expr)
            ),
            target.span(),
        )
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(super) fn star_expression(&mut self) -> ParseResult<Parsed> {
        if self.at_op(Op::Star) {
            return self.starred();
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(super) fn star_named_expression(&mut self) -> ParseResult<Parsed> {
        if self.at_op(Op::Star) {
            return self.starred();
        }
        self.named_expression()
    }

    pub(super) fn starred(&mut self) -> ParseResult<Parsed> {
        let star = self.advance();
        let value = self.bitwise_or()?;
        let span = star.to(value.span());
        self.node(ExprKind::Starred(Box::new(value.expr)), span, value.height)
    }

    /// `star_expressions`: one star expression, or several separated by
    /// commas forming a tuple.
    pub(super) fn star_expressions(&mut self) -> ParseResult<Parsed> {
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let start = first.span();
        let mut height = first.height;
        let mut elements = vec![first.expr];
        let mut end = start;
        while let Some(comma) = self.eat_op(Op::Comma) {
            end = comma;
            if !self.starts_expression() && !self.at_op(Op::Star) {
                break;
            }
            let element = self.star_expression()?;
            end = element.span();
            height = height.max(element.height);
            elements.push(element.expr);
        }
        self.node(ExprKind::Tuple(elements), start.to(end), height)
    }

    /// Whether the current token can begin an expression.
    pub(super) fn starts_expression(&self) -> bool {
        match &self.peek().kind {
            TokenKind::Name(_) | TokenKind::Number(_) | TokenKind::String(_) => true,
            TokenKind::Keyword(keyword) => matches!(
                keyword,
                Keyword::Not
                    | Keyword::Lambda
                    | Keyword::Await
                    | Keyword::None
                    | Keyword::True
                    | Keyword::False
            ),
            TokenKind::Op(op) => matches!(
                op,
                Op::LeftParen
                    | Op::LeftBracket
                    | Op::LeftBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// Operators binding at least as tightly as `min`, by precedence
    /// climbing. Every bracketed expression passes through here, which is
    /// where the nesting they cause is counted.
    fn binary(&mut self, min: Level) -> ParseResult<Parsed> {
        self.descend()?;
        let mut left = self.prefix(min)?;
        while let Some((level, infix)) = self.infix() {
            if level < min || self.lenient && !self.operand_follows_operator() {
                break;
            }
            left = self.infix_operation(left, level, infix)?;
        }
        self.ascend();
        Ok(left)
    }

    /// Whether an operand can start after the operator at the current
    /// token (`not in` and `is not` take two tokens).
    fn operand_follows_operator(&self) -> bool {
        let two_tokens = self.at_keyword(Keyword::Not)
            || self.at_keyword(Keyword::Is) && self.at_keyword_nth(1, Keyword::Not);
        let operand = self.peek_nth(if two_tokens { 2 } else { 1 });
        match &operand.kind {
            TokenKind::Name(_) | TokenKind::Number(_) | TokenKind::String(_) => true,
            TokenKind::Keyword(keyword) => matches!(
                keyword,
                Keyword::Not | Keyword::Await | Keyword::None | Keyword::True | Keyword::False
            ),
            TokenKind::Op(op) => matches!(
                op,
                Op::LeftParen
                    | Op::LeftBracket
                    | Op::LeftBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    fn infix_operation(&mut self, left: Parsed, level: Level, infix: Infix) -> ParseResult<Parsed> {
        let op = match infix {
            Infix::Bool(op) => return self.bool_op(left, op, level),
            Infix::Compare => return self.comparison(left),
            Infix::Binary(op) => op,
        };
        self.advance();
        let right = self.binary(level.tighter())?;
        let span = left.span().to(right.span());
        let height = left.height.max(right.height);
        self.node(
            ExprKind::BinOp {
                left: Box::new(left.expr),
                op,
                right: Box::new(right.expr),
            },
            span,
            height,
        )
    }

    fn infix(&self) -> Option<(Level, Infix)> {
        let found = match &self.peek().kind {
            TokenKind::Keyword(Keyword::Or) => (Level::Or, Infix::Bool(BoolOp::Or)),
            TokenKind::Keyword(Keyword::And) => (Level::And, Infix::Bool(BoolOp::And)),
            TokenKind::Keyword(Keyword::In | Keyword::Is) => (Level::Comparison, Infix::Compare),
            TokenKind::Keyword(Keyword::Not) if self.at_keyword_nth(1, Keyword::In) => {
                (Level::Comparison, Infix::Compare)
            }
            TokenKind::Op(op) => match op {
                Op::EqualEqual
                | Op::NotEqual
                | Op::Less
                | Op::LessEqual
                | Op::Greater
                | Op::GreaterEqual => (Level::Comparison, Infix::Compare),
                Op::VerticalBar => (Level::BitOr, Infix::Binary(BinOp::BitOr)),
                Op::Circumflex => (Level::BitXor, Infix::Binary(BinOp::BitXor)),
                Op::Ampersand => (Level::BitAnd, Infix::Binary(BinOp::BitAnd)),
                Op::LeftShift => (Level::Shift, Infix::Binary(BinOp::LShift)),
                Op::RightShift => (Level::Shift, Infix::Binary(BinOp::RShift)),
                Op::Plus => (Level::Arith, Infix::Binary(BinOp::Add)),
                Op::Minus => (Level::Arith, Infix::Binary(BinOp::Sub)),
                Op::Star => (Level::Term, Infix::Binary(BinOp::Mult)),
                Op::Slash => (Level::Term, Infix::Binary(BinOp::Div)),
                Op::DoubleSlash => (Level::Term, Infix::Binary(BinOp::FloorDiv)),
                Op::Percent => (Level::Term, Infix::Binary(BinOp::Mod)),
                Op::At => (Level::Term, Infix::Binary(BinOp::MatMult)),
                _ => return None,
            },
            _ => return None,
        };
        Some(found)
    }

    /// `a or b or c` is one node; each operand binds tighter than `op`.
    fn bool_op(&mut self, first: Parsed, op: BoolOp, level: Level) -> ParseResult<Parsed> {
        let keyword = match op {
            BoolOp::Or => Keyword::Or,
            BoolOp::And => Keyword::And,
        };
        let start = first.span();
        let mut height = first.height;
        let mut values = vec![first.expr];
        while self.eat_keyword(keyword).is_some() {
            let value = self.binary(level.tighter())?;
            height = height.max(value.height);
            values.push(value.expr);
        }
        let span = start.to(values.last().expect("at least two values").span);
        self.node(ExprKind::BoolOp { op, values }, span, height)
    }

    /// `a < b <= c` is one node with a list of operators.
    fn comparison(&mut self, left: Parsed) -> ParseResult<Parsed> {
        let mut ops = Vec::new();
        let mut comparators: Vec<Expr> = Vec::new();
        let mut height = left.height;
        while let Some(op) = self.comparison_operator() {
            let right = self.binary(Level::BitOr)?;
            height = height.max(right.height);
            ops.push(op);
            comparators.push(right.expr);
        }
        let span = left
            .span()
            .to(comparators.last().expect("at least one comparator").span);
        self.node(
            ExprKind::Compare {
                left: Box::new(left.expr),
                ops,
                comparators,
            },
            span,
            height,
        )
    }

    fn comparison_operator(&mut self) -> Option<CmpOp> {
        let op = match &self.peek().kind {
            TokenKind::Op(Op::EqualEqual) => CmpOp::Eq,
            TokenKind::Op(Op::NotEqual) => CmpOp::NotEq,
            TokenKind::Op(Op::Less) => CmpOp::Lt,
            TokenKind::Op(Op::LessEqual) => CmpOp::LtE,
            TokenKind::Op(Op::Greater) => CmpOp::Gt,
            TokenKind::Op(Op::GreaterEqual) => CmpOp::GtE,
            TokenKind::Keyword(Keyword::In) => CmpOp::In,
            TokenKind::Keyword(Keyword::Not) if self.at_keyword_nth(1, Keyword::In) => {
                self.advance();
                CmpOp::NotIn
            }
            TokenKind::Keyword(Keyword::Is) => {
                if self.at_keyword_nth(1, Keyword::Not) {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    /// Prefix operators allowed at `min`: `not` binds looser than
    /// comparisons, unary `+ - ~` tighter than `*` but looser than `**`.
    fn prefix(&mut self, min: Level) -> ParseResult<Parsed> {
        let op = match &self.peek().kind {
            TokenKind::Keyword(Keyword::Not) if min <= Level::Not => UnaryOp::Not,
            TokenKind::Op(Op::Minus) if min <= Level::Unary => UnaryOp::USub,
            TokenKind::Op(Op::Plus) if min <= Level::Unary => UnaryOp::UAdd,
            TokenKind::Op(Op::Tilde) if min <= Level::Unary => UnaryOp::Invert,
            _ => return self.power(),
        };
        self.unary(op)
    }

    fn unary(&mut self, op: UnaryOp) -> ParseResult<Parsed> {
        let start = self.advance();
        self.descend()?;
        let operand = match op {
            UnaryOp::Not => self.binary(Level::Not)?,
            _ => self.prefix(Level::Unary)?,
        };
        self.ascend();
        let span = start.to(operand.span());
        self.node(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand.expr),
            },
            span,
            operand.height,
        )
    }

    /// A primary, then `** factor` if present: right-associative, and the
    /// exponent may carry a sign (`2 ** -1`).
    fn power(&mut self) -> ParseResult<Parsed> {
        let base = self.primary()?;
        if self.at_op(Op::DoubleStar) {
            return self.exponentiation(base);
        }
        Ok(base)
    }

    fn exponentiation(&mut self, base: Parsed) -> ParseResult<Parsed> {
        self.advance();
        self.descend()?;
        let exponent = self.prefix(Level::Unary)?;
        self.ascend();
        let span = base.span().to(exponent.span());
        let height = base.height.max(exponent.height);
        self.node(
            ExprKind::BinOp {
                left: Box::new(base.expr),
                op: BinOp::Pow,
                right: Box::new(exponent.expr),
            },
            span,
            height,
        )
    }

    /// An atom followed by any number of attribute accesses, calls and
    /// subscripts, or `await` and such a primary.
    pub(super) fn primary(&mut self) -> ParseResult<Parsed> {
        if self.at_keyword(Keyword::Await) {
            return self.awaited();
        }
        let mut expr = self.atom()?;
        while let TokenKind::Op(Op::Dot | Op::LeftParen | Op::LeftBracket) = self.peek().kind {
            if self.lenient && !self.trailer_completes() {
                break;
            }
            expr = self.trailer(expr)?;
        }
        Ok(expr)
    }

    fn trailer_completes(&mut self) -> bool {
        self.probe(|parser| match parser.peek().kind {
            TokenKind::Op(Op::Dot) => {
                parser.advance();
                parser.expect_name().map(drop)
            }
            TokenKind::Op(Op::LeftParen) => parser.arguments(true).map(drop),
            _ => {
                parser.advance();
                parser.slices().map(drop)
            }
        })
        .is_some()
    }

    fn trailer(&mut self, expr: Parsed) -> ParseResult<Parsed> {
        match self.peek().kind {
            TokenKind::Op(Op::Dot) => self.attribute(expr),
            TokenKind::Op(Op::LeftParen) => self.call(expr),
            _ => self.subscript(expr),
        }
    }

    fn awaited(&mut self) -> ParseResult<Parsed> {
        let span = self.advance();
        self.unsupported("'await' expressions are", span);
        self.descend()?;
        let awaited = self.primary()?;
        self.ascend();
        Ok(awaited)
    }

    fn attribute(&mut self, value: Parsed) -> ParseResult<Parsed> {
        self.advance();
        let (attr, attr_span) = self.expect_name()?;
        let span = value.span().to(attr_span);
        self.node(
            ExprKind::Attribute {
                value: Box::new(value.expr),
                attr,
            },
            span,
            value.height,
        )
    }

    fn atom(&mut self) -> ParseResult<Parsed> {
        match self.peek().kind {
            TokenKind::Op(Op::LeftParen) => self.parenthesized(),
            TokenKind::Op(Op::LeftBracket) => self.list_display(),
            TokenKind::Op(Op::LeftBrace) => self.brace_display(),
            TokenKind::String(_) => self.strings(),
            _ => self.simple_atom(),
        }
    }

    /// A name, number or keyword constant.
    fn simple_atom(&mut self) -> ParseResult<Parsed> {
        let span = self.peek_span();
        let kind = match &self.peek().kind {
            TokenKind::Name(name) => ExprKind::Name(name.clone()),
            TokenKind::Number(text) => {
                let text = text.clone();
                ExprKind::Constant(self.number(&text, span))
            }
            TokenKind::Keyword(Keyword::None) => ExprKind::Constant(Constant::None),
            TokenKind::Keyword(Keyword::True) => ExprKind::Constant(Constant::Bool(true)),
            TokenKind::Keyword(Keyword::False) => ExprKind::Constant(Constant::Bool(false)),
            TokenKind::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            _ => return Err(self.invalid_syntax()),
        };
        self.advance();
        self.node(kind, span, 0)
    }
}

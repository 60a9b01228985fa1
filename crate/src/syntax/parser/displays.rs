//! Bracketed atoms: groups, tuples, lists, sets, dicts, and the
//! comprehensions and generator expressions written with them.

use super::targets::{invalid_target, TargetKind};
use super::{Failure, ParseResult, Parsed, Parser};
use crate::syntax::ast::{Comprehension, Expr, ExprKind, Span};
use crate::syntax::token::{Keyword, Op, TokenKind};

/// Parsed comprehension clauses, with the height of their tallest
/// expression.
pub(super) struct Clauses {
    pub generators: Vec<Comprehension>,
    pub height: u32,
}

/// The comprehension kinds, which differ only in their brackets and node.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    Tuple,
    List,
    Set,
}

impl Display {
    fn closing(self) -> Op {
        match self {
            Display::Tuple => Op::RightParen,
            Display::List => Op::RightBracket,
            Display::Set => Op::RightBrace,
        }
    }
}

impl<'s> Parser<'s> {
    /// After `(`: the empty tuple, a parenthesized expression or yield, a
    /// tuple, or a generator expression.
    pub(super) fn parenthesized(&mut self) -> ParseResult<Parsed> {
        let open = self.advance();
        match self.peek().kind {
            TokenKind::Op(Op::RightParen) => {
                let close = self.advance();
                self.node(ExprKind::Tuple(Vec::new()), open.to(close), 0)
            }
            TokenKind::Keyword(Keyword::Yield) => self.parenthesized_yield(),
            TokenKind::Op(Op::DoubleStar) => Err(self.double_starred_group()),
            _ => self.group_or_tuple(open),
        }
    }

    fn group_or_tuple(&mut self, open: Span) -> ParseResult<Parsed> {
        let start = self.pos;
        let first = self.star_named_expression()?;
        if matches!(first.expr.kind, ExprKind::Starred(_)) && self.at_op(Op::RightParen) {
            return Err(self.error("cannot use starred expression here", first.span()));
        }
        if self.at_comprehension() {
            return self.comprehension(Display::Tuple, open, first);
        }
        if self.eat_op(Op::RightParen).is_some() {
            return Ok(first);
        }
        if !self.at_op(Op::Comma) {
            return Err(self.fail_after_named(start, &first.expr));
        }
        self.sequence(Display::Tuple, open, first)
    }

    fn parenthesized_yield(&mut self) -> ParseResult<Parsed> {
        let start = self.pos;
        let value = self.yield_expression()?;
        if self.eat_op(Op::RightParen).is_none() {
            return Err(self.fail_after_expression(start, &value.expr));
        }
        Ok(value)
    }

    /// `(**x)`: only worth its own message if it is otherwise complete.
    fn double_starred_group(&mut self) -> Failure {
        let double_star = self.peek_span();
        let ends_group = self.probe(|parser| {
            parser.advance();
            parser.expression()?;
            parser.expect_op(Op::RightParen)
        });
        if ends_group.is_some() {
            return self.error("cannot use double starred expression here", double_star);
        }
        self.invalid_syntax()
    }

    /// After `[`: a list or a list comprehension.
    pub(super) fn list_display(&mut self) -> ParseResult<Parsed> {
        let open = self.advance();
        if let Some(close) = self.eat_op(Op::RightBracket) {
            return self.node(ExprKind::List(Vec::new()), open.to(close), 0);
        }
        let start = self.pos;
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            return self.comprehension(Display::List, open, first);
        }
        if self.eat_op(Op::RightBracket).is_some() {
            let span = open.to(self.previous_span());
            return self.node(ExprKind::List(vec![first.expr]), span, first.height);
        }
        if !self.at_op(Op::Comma) {
            return Err(self.fail_after_named(start, &first.expr));
        }
        self.sequence(Display::List, open, first)
    }

    /// After `{`: a dict, a set, or either kind of comprehension.
    pub(super) fn brace_display(&mut self) -> ParseResult<Parsed> {
        let open = self.advance();
        if let Some(close) = self.eat_op(Op::RightBrace) {
            return self.node(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                open.to(close),
                0,
            );
        }
        if self.at_op(Op::DoubleStar) {
            let double_star = self.advance();
            let value = self.bitwise_or()?;
            if self.at_comprehension() {
                return Err(self.error(
                    "dict unpacking cannot be used in dict comprehension",
                    double_star,
                ));
            }
            return self.dict(open, None, value);
        }
        let start = self.pos;
        let first = self.star_named_expression()?;
        if self.at_op(Op::Colon) && !matches!(first.expr.kind, ExprKind::Starred(_)) {
            self.advance();
            let value = self.dict_value()?;
            if self.at_comprehension() {
                return self.dict_comprehension(open, first, value);
            }
            return self.dict(open, Some(first), value);
        }
        if self.at_comprehension() {
            return self.comprehension(Display::Set, open, first);
        }
        if self.eat_op(Op::RightBrace).is_some() {
            let span = open.to(self.previous_span());
            return self.node(ExprKind::Set(vec![first.expr]), span, first.height);
        }
        if !self.at_op(Op::Comma) {
            return Err(self.fail_after_named(start, &first.expr));
        }
        self.sequence(Display::Set, open, first)
    }

    /// The rest of a tuple, list or set display whose first element has
    /// been parsed and which continues with a comma.
    fn sequence(&mut self, display: Display, open: Span, first: Parsed) -> ParseResult<Parsed> {
        let closing = display.closing();
        let mut height = first.height;
        let mut elements = vec![first.expr];
        let close = loop {
            self.expect_op(Op::Comma)?;
            if let Some(close) = self.eat_op(closing) {
                break close;
            }
            if self.at_comprehension() && display != Display::Tuple {
                return Err(self.unparenthesized_comprehension_target(&elements));
            }
            let start = self.pos;
            let element = self.star_named_expression()?;
            height = height.max(element.height);
            elements.push(element.expr);
            if let Some(close) = self.eat_op(closing) {
                break close;
            }
            if self.at_comprehension() && display != Display::Tuple {
                return Err(self.unparenthesized_comprehension_target(&elements));
            }
            if !self.at_op(Op::Comma) {
                let last = elements.last().expect("just pushed");
                return Err(self.fail_after_named(start, last));
            }
        };
        let span = open.to(close);
        let kind = match display {
            Display::Tuple => ExprKind::Tuple(elements),
            Display::List => ExprKind::List(elements),
            Display::Set => ExprKind::Set(elements),
        };
        self.node(kind, span, height)
    }

    fn unparenthesized_comprehension_target(&self, elements: &[Expr]) -> Failure {
        let first = elements.first().expect("a display has an element");
        let last = elements.last().expect("a display has an element");
        self.error(
            "did you forget parentheses around the comprehension target?",
            first.span.to(last.span),
        )
    }

    fn dict_value(&mut self) -> ParseResult<Parsed> {
        if self.at_op(Op::Star) {
            return Err(self.error(
                "cannot use a starred expression in a dictionary value",
                self.peek_span(),
            ));
        }
        if self.at_op(Op::RightBrace) || self.at_op(Op::Comma) {
            return Err(self.error(
                "expression expected after dictionary key and ':'",
                self.previous_span(),
            ));
        }
        self.expression()
    }

    /// The rest of a dict display, after its first entry (`key: value`, or
    /// `**value` when `key` is `None`).
    fn dict(&mut self, open: Span, key: Option<Parsed>, value: Parsed) -> ParseResult<Parsed> {
        let mut height = value.height;
        let mut keys = Vec::new();
        if let Some(key) = key {
            height = height.max(key.height);
            keys.push(Some(key.expr));
        } else {
            keys.push(None);
        }
        let mut values = vec![value.expr];
        let mut last_start = self.pos;
        let close = loop {
            if let Some(close) = self.eat_op(Op::RightBrace) {
                break close;
            }
            if !self.at_op(Op::Comma) {
                // After `**value` CPython has no specific message.
                if keys.last().is_some_and(Option::is_none) {
                    return Err(self.invalid_syntax());
                }
                let last = values.last().expect("a dict has an entry");
                return Err(self.fail_after_expression(last_start, last));
            }
            self.advance();
            if let Some(close) = self.eat_op(Op::RightBrace) {
                break close;
            }
            if self.eat_op(Op::DoubleStar).is_some() {
                let value = self.bitwise_or()?;
                height = height.max(value.height);
                keys.push(None);
                values.push(value.expr);
                continue;
            }
            let key_start = self.pos;
            let key = self.expression()?;
            if self.eat_op(Op::Colon).is_none() {
                if self.starts_expression() {
                    return Err(self.fail_after_expression(key_start, &key.expr));
                }
                let end = key.span();
                return Err(self.error(
                    "':' expected after dictionary key",
                    Span::new(
                        end.end_line,
                        end.end_col.saturating_sub(1),
                        end.end_line,
                        end.end_col,
                    ),
                ));
            }
            last_start = self.pos;
            let value = self.dict_value()?;
            height = height.max(key.height).max(value.height);
            keys.push(Some(key.expr));
            values.push(value.expr);
        };
        self.node(ExprKind::Dict { keys, values }, open.to(close), height)
    }

    pub(super) fn at_comprehension(&self) -> bool {
        self.at_keyword(Keyword::For)
            || self.at_keyword(Keyword::Async) && self.at_keyword_nth(1, Keyword::For)
    }

    /// A list, set or generator comprehension after its element.
    fn comprehension(
        &mut self,
        display: Display,
        open: Span,
        element: Parsed,
    ) -> ParseResult<Parsed> {
        if matches!(element.expr.kind, ExprKind::Starred(_)) {
            return Err(self.error(
                "iterable unpacking cannot be used in comprehension",
                element.span(),
            ));
        }
        let clauses = self.comprehension_clauses()?;
        let Some(close) = self.eat_op(display.closing()) else {
            return Err(self.fail_after_clauses());
        };
        let Clauses { generators, height } = clauses;
        let elt = Box::new(element.expr);
        let kind = match display {
            Display::Tuple => ExprKind::GeneratorExp { elt, generators },
            Display::List => ExprKind::ListComp { elt, generators },
            Display::Set => ExprKind::SetComp { elt, generators },
        };
        self.node(kind, open.to(close), height.max(element.height))
    }

    fn dict_comprehension(
        &mut self,
        open: Span,
        key: Parsed,
        value: Parsed,
    ) -> ParseResult<Parsed> {
        let clauses = self.comprehension_clauses()?;
        let Some(close) = self.eat_op(Op::RightBrace) else {
            return Err(self.fail_after_clauses());
        };
        let Clauses { generators, height } = clauses;
        let height = height.max(key.height).max(value.height);
        self.node(
            ExprKind::DictComp {
                key: Box::new(key.expr),
                value: Box::new(value.expr),
                generators,
            },
            open.to(close),
            height,
        )
    }

    /// Comprehension clauses ended where a closing bracket should be.
    /// Their iterables and conditions are disjunctions, after which CPython
    /// has no specific message.
    pub(super) fn fail_after_clauses(&mut self) -> Failure {
        self.invalid_syntax()
    }

    /// One or more `for target in iterable` clauses, each with any number
    /// of `if condition` filters.
    pub(super) fn comprehension_clauses(&mut self) -> ParseResult<Clauses> {
        let mut generators = Vec::new();
        let mut height = 0;
        while self.at_comprehension() {
            if let Some(span) = self.eat_keyword(Keyword::Async) {
                self.unsupported("asynchronous comprehensions are", span);
            }
            self.advance();
            let target = self.for_target()?;
            self.advance();
            let iter = self.disjunction()?;
            height = height.max(target.height).max(iter.height);
            let mut ifs = Vec::new();
            while self.eat_keyword(Keyword::If).is_some() {
                let condition = self.disjunction()?;
                height = height.max(condition.height);
                ifs.push(condition.expr);
            }
            generators.push(Comprehension {
                target: target.expr,
                iter: iter.expr,
                ifs,
            });
        }
        Ok(Clauses { generators, height })
    }

    /// The target list of a `for` statement or clause, up to (not
    /// including) its `in`, which is required.
    pub(super) fn for_target(&mut self) -> ParseResult<Parsed> {
        let start_pos = self.pos;
        let first = self.target_element()?;
        let target = if self.at_op(Op::Comma) {
            let start = first.span();
            let mut end = start;
            let mut height = first.height;
            let mut elements = vec![first.expr];
            while let Some(comma) = self.eat_op(Op::Comma) {
                end = comma;
                if self.at_keyword(Keyword::In) {
                    break;
                }
                let element = self.target_element()?;
                end = element.span();
                height = height.max(element.height);
                elements.push(element.expr);
            }
            self.node(ExprKind::Tuple(elements), start.to(end), height)?
        } else {
            first
        };
        if let Some(bad) = invalid_target(&target.expr, TargetKind::For) {
            return Err(self.error(
                format!("cannot assign to {}", super::targets::expression_name(bad)),
                bad.span,
            ));
        }
        if !self.at_keyword(Keyword::In) {
            return Err(self.fail_after_expression(start_pos, &target.expr));
        }
        Ok(target)
    }

    fn target_element(&mut self) -> ParseResult<Parsed> {
        if self.at_op(Op::Star) {
            return self.starred();
        }
        self.bitwise_or()
    }
}

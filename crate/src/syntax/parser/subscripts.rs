//! Subscripts: `value[index]`, where the index may be a slice
//! (`lower:upper:step`), a starred expression, or a tuple of them.

use super::{ParseResult, Parsed, Parser};
use crate::syntax::ast::{ExprKind, Span};
use crate::syntax::token::Op;

impl<'s> Parser<'s> {
    /// `value[index]`, where the index may be a slice or a tuple of them.
    pub(super) fn subscript(&mut self, value: Parsed) -> ParseResult<Parsed> {
        self.advance();
        let (index, close) = self.slices()?;
        let span = value.span().to(close);
        let height = value.height.max(index.height);
        self.node(
            ExprKind::Subscript {
                value: Box::new(value.expr),
                index: Box::new(index.expr),
            },
            span,
            height,
        )
    }

    /// The index of a subscript, through its closing bracket.
    pub(super) fn slices(&mut self) -> ParseResult<(Parsed, Span)> {
        let mut start = self.pos;
        let first = self.slice()?;
        if !self.at_op(Op::Comma) {
            let Some(close) = self.eat_op(Op::RightBracket) else {
                return Err(self.fail_after_named(start, &first.expr));
            };
            return Ok((first, close));
        }
        let start_span = first.span();
        let mut end = start_span;
        let mut height = first.height;
        let mut elements = vec![first.expr];
        let close = loop {
            if let Some(comma) = self.eat_op(Op::Comma) {
                end = comma;
            } else if let Some(close) = self.eat_op(Op::RightBracket) {
                break close;
            } else {
                let last = elements.last().expect("a subscript has an element");
                return Err(self.fail_after_named(start, last));
            }
            if let Some(close) = self.eat_op(Op::RightBracket) {
                break close;
            }
            start = self.pos;
            let element = self.slice()?;
            end = element.span();
            height = height.max(element.height);
            elements.push(element.expr);
        };
        let index = self.node(ExprKind::Tuple(elements), start_span.to(end), height)?;
        Ok((index, close))
    }

    /// One subscript item: `lower:upper:step` with every part optional, a
    /// starred expression, or a named expression.
    fn slice(&mut self) -> ParseResult<Parsed> {
        if self.at_op(Op::Star) {
            return self.starred();
        }
        let start = self.peek_span();
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let lower = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(lower);
            }
            Some(lower)
        };
        let mut end = self.advance();
        let upper = self.optional_slice_part()?;
        if let Some(upper) = &upper {
            end = upper.span();
        }
        let mut step = None;
        if let Some(colon) = self.eat_op(Op::Colon) {
            end = colon;
            step = self.optional_slice_part()?;
            if let Some(step) = &step {
                end = step.span();
            }
        }
        let height = [&lower, &upper, &step]
            .iter()
            .filter_map(|part| part.as_ref().map(|part| part.height))
            .max()
            .unwrap_or(0);
        let boxed = |part: Option<Parsed>| part.map(|part| Box::new(part.expr));
        self.node(
            ExprKind::Slice {
                lower: boxed(lower),
                upper: boxed(upper),
                step: boxed(step),
            },
            start.to(end),
            height,
        )
    }

    fn optional_slice_part(&mut self) -> ParseResult<Option<Parsed>> {
        if self.at_op(Op::Colon) || self.at_op(Op::Comma) || self.at_op(Op::RightBracket) {
            Ok(None)
        } else {
            self.expression().map(Some)
        }
    }
}

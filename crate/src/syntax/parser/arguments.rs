//! Call arguments, also used for class bases.

use super::{ParseResult, Parsed, Parser};
use crate::syntax::ast::{Expr, ExprKind, Keyword as KeywordArgument, Span};
use crate::syntax::token::{Keyword, Op, TokenKind};

/// The contents of a call's parentheses.
pub(super) struct Arguments {
    pub args: Vec<Expr>,
    pub keywords: Vec<KeywordArgument>,
    pub height: u32,
    pub close: Span,
}

impl<'s> Parser<'s> {
    /// `func(...)`, at the `(`.
    pub(super) fn call(&mut self, func: Parsed) -> ParseResult<Parsed> {
        let arguments = self.arguments(true)?;
        let span = func.span().to(arguments.close);
        let height = func.height.max(arguments.height);
        self.node(
            ExprKind::Call {
                func: Box::new(func.expr),
                args: arguments.args,
                keywords: arguments.keywords,
            },
            span,
            height,
        )
    }

    /// From `(` to `)`. A generator expression may be the sole argument
    /// only of a call, not of a class definition.
    pub(super) fn arguments(&mut self, allow_generator: bool) -> ParseResult<Arguments> {
        let open = self.advance();
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<KeywordArgument> = Vec::new();
        let mut height = 0;
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let mut misplaced_positional = false;
        let close = loop {
            if let Some(close) = self.eat_op(Op::RightParen) {
                break close;
            }
            let start = self.pos;
            let positional = if self.at_op(Op::Star) {
                let starred = self.starred()?;
                if self.at_comprehension() {
                    return Err(self.error(
                        "iterable unpacking cannot be used in comprehension",
                        starred.span(),
                    ));
                }
                if seen_double_star {
                    return Err(self.error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        starred.span(),
                    ));
                }
                height = height.max(starred.height);
                args.push(starred.expr);
                true
            } else if self.at_op(Op::DoubleStar) {
                let star = self.advance();
                let value = self.expression()?;
                height = height.max(value.height);
                seen_double_star = true;
                keywords.push(KeywordArgument {
                    arg: None,
                    span: star.to(value.span()),
                    value: value.expr,
                });
                false
            } else if let Some((keyword, value_height)) = self.keyword_argument()? {
                seen_keyword = true;
                height = height.max(value_height);
                keywords.push(keyword);
                false
            } else {
                let value = self.named_expression()?;
                if self.at_op(Op::Equal) {
                    let equal = self.peek_span();
                    return Err(self.error(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        value.span().to(equal),
                    ));
                }
                let value = if self.at_comprehension() {
                    self.generator_argument(value, &args, &keywords, allow_generator, open)?
                } else {
                    value
                };
                if seen_keyword || seen_double_star {
                    misplaced_positional = true;
                }
                height = height.max(value.height);
                args.push(value.expr);
                true
            };
            if self.eat_op(Op::Comma).is_none() && !self.at_op(Op::RightParen) {
                let last = if positional {
                    args.last().expect("just pushed")
                } else {
                    &keywords.last().expect("just pushed").value
                };
                return Err(self.fail_after_expression(start, last));
            }
        };
        if misplaced_positional {
            let message = if seen_double_star {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            };
            return Err(self.error(message, close));
        }
        Ok(Arguments {
            args,
            keywords,
            height,
            close,
        })
    }

    /// `name=value`, if that is what comes next.
    fn keyword_argument(&mut self) -> ParseResult<Option<(KeywordArgument, u32)>> {
        let could_be_keyword = matches!(
            self.peek().kind,
            TokenKind::Name(_) | TokenKind::Keyword(Keyword::True | Keyword::False | Keyword::None)
        );
        if !could_be_keyword || !self.at_op_nth(1, Op::Equal) {
            return Ok(None);
        }
        let name = match &self.peek().kind {
            TokenKind::Name(name) => name.clone(),
            TokenKind::Keyword(keyword @ (Keyword::True | Keyword::False | Keyword::None)) => {
                let span = self.peek_span().to(self.peek_nth(1).span);
                return Err(self.error(format!("cannot assign to {}", keyword.as_str()), span));
            }
            _ => return Ok(None),
        };
        let name_span = self.advance();
        let equal = self.advance();
        let value = self.expression()?;
        if self.at_comprehension() {
            return Err(self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                name_span.to(equal),
            ));
        }
        let keyword = KeywordArgument {
            arg: Some(name),
            span: name_span.to(value.span()),
            value: value.expr,
        };
        Ok(Some((keyword, value.height)))
    }

    /// `f(x for x in xs)`: allowed only as the sole argument.
    fn generator_argument(
        &mut self,
        element: Parsed,
        args: &[Expr],
        keywords: &[KeywordArgument],
        allow_generator: bool,
        open: Span,
    ) -> ParseResult<Parsed> {
        if matches!(element.expr.kind, ExprKind::Starred(_)) {
            return Err(self.error(
                "iterable unpacking cannot be used in comprehension",
                element.span(),
            ));
        }
        let for_index = self.pos;
        let clauses = self.comprehension_clauses()?;
        let sole = args.is_empty() && keywords.is_empty() && self.at_op(Op::RightParen);
        if sole && !allow_generator {
            return Err(self.invalid_syntax_at(for_index));
        }
        if !sole {
            let end = clauses
                .generators
                .last()
                .map(|clause| clause.ifs.last().unwrap_or(&clause.iter).span)
                .unwrap_or(element.span());
            return Err(self.error(
                "Generator expression must be parenthesized",
                element.span().to(end),
            ));
        }
        let span = open.to(self.peek_span());
        let height = clauses.height.max(element.height);
        self.node(
            ExprKind::GeneratorExp {
                elt: Box::new(element.expr),
                generators: clauses.generators,
            },
            span,
            height,
        )
    }
}

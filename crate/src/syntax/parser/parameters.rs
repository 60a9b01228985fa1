//! Parameter lists of `def` and `lambda`.

use super::{Failure, ParseResult, Parsed, Parser};
use crate::syntax::ast::{ExprKind, Param, Parameters, Span};
use crate::syntax::error::CompileError;
use crate::syntax::token::{Op, TokenKind};

/// Which construct the parameters belong to: they differ in what closes
/// the list, whether annotations are allowed, and one message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    Function,
    Lambda,
}

impl Owner {
    fn closing(self) -> Op {
        match self {
            Owner::Function => Op::RightParen,
            Owner::Lambda => Op::Colon,
        }
    }
}

impl<'s> Parser<'s> {
    /// Parses parameters up to (not including) the closing token. Returns
    /// them with the height of their tallest default.
    pub(super) fn parameters(&mut self, owner: Owner) -> ParseResult<(Parameters, u32)> {
        let closing = owner.closing();
        let mut params = Parameters::default();
        let mut height = 0;
        let mut seen_default = false;
        let mut seen_star = false;
        let mut seen_slash = false;
        loop {
            if self.at_op(closing) {
                break;
            }
            if self.at_op(Op::Slash) {
                let slash = self.advance();
                if seen_star {
                    return Err(self.error("/ must be ahead of *", slash));
                }
                if seen_slash {
                    return Err(self.error("/ may appear only once", slash));
                }
                if params.args.is_empty() {
                    return Err(self.error("at least one argument must precede /", slash));
                }
                if self.at_op(Op::Star) {
                    return Err(self.error("expected comma between / and *", self.peek_span()));
                }
                seen_slash = true;
                params.posonly.append(&mut params.args);
            } else if self.at_op(Op::Star) {
                let star = self.advance();
                if seen_star {
                    return Err(self.error("* argument may appear only once", star));
                }
                seen_star = true;
                if self.at_name() {
                    let param = self.parameter(owner, true)?;
                    if self.at_op(Op::Equal) {
                        return Err(self.error(
                            "var-positional argument cannot have default value",
                            self.peek_span(),
                        ));
                    }
                    params.vararg = Some(param);
                } else {
                    let bare_star_at_end = self.at_op(closing)
                        || self.at_op(Op::Comma)
                            && (self.at_op_nth(1, closing) || self.at_op_nth(1, Op::DoubleStar));
                    if bare_star_at_end {
                        return Err(self.error("named arguments must follow bare *", star));
                    }
                }
            } else if self.at_op(Op::DoubleStar) {
                self.advance();
                if !self.at_name() {
                    return Err(self.invalid_syntax());
                }
                let param = self.parameter(owner, false)?;
                if self.at_op(Op::Equal) {
                    return Err(self.error(
                        "var-keyword argument cannot have default value",
                        self.peek_span(),
                    ));
                }
                params.kwarg = Some(param);
                if self.eat_op(Op::Comma).is_some() && !self.at_op(closing) {
                    let follows = matches!(
                        self.peek().kind,
                        TokenKind::Name(_) | TokenKind::Op(Op::Star | Op::DoubleStar | Op::Slash)
                    );
                    if follows {
                        return Err(self.error(
                            "arguments cannot follow var-keyword argument",
                            self.peek_span(),
                        ));
                    }
                    return Err(self.invalid_syntax());
                }
                break;
            } else if self.at_op(Op::LeftParen) {
                return Err(self.parenthesized_parameters(owner));
            } else if self.at_name() {
                let mut param = self.parameter(owner, false)?;
                if let Some(equal) = self.eat_op(Op::Equal) {
                    if self.at_op(Op::RightParen) || self.at_op(Op::Comma) {
                        return Err(self.error("expected default value expression", equal));
                    }
                    let default_start = self.pos;
                    let default = self.expression()?;
                    if !self.at_op(Op::Comma) && !self.at_op(closing) {
                        return Err(self.fail_after_expression(default_start, &default.expr));
                    }
                    height = height.max(default.height);
                    param.span = param.span.to(default.span());
                    param.default = Some(default.expr);
                    if !seen_star {
                        seen_default = true;
                    }
                } else if seen_default
                    && !seen_star
                    && (self.at_op(Op::Comma) || self.at_op(closing))
                {
                    return Err(
                        self.error("non-default argument follows default argument", param.span)
                    );
                }
                if seen_star {
                    params.kwonly.push(param);
                } else {
                    params.args.push(param);
                }
            } else {
                return Err(self.invalid_syntax());
            }
            if self.eat_op(Op::Comma).is_none() && !self.at_op(closing) {
                return Err(self.invalid_syntax());
            }
        }
        self.check_duplicate_parameters(&params);
        Ok((params, height))
    }

    /// A parameter's name and, for functions, its annotation (parsed and
    /// dropped). `*args` may be annotated with a starred expression.
    fn parameter(&mut self, owner: Owner, starred: bool) -> ParseResult<Param> {
        let (name, span) = self.expect_name()?;
        if owner == Owner::Function && self.eat_op(Op::Colon).is_some() {
            let annotation_start = self.pos;
            let annotation: Parsed = if starred && self.at_op(Op::Star) {
                self.starred()?
            } else {
                self.expression()?
            };
            let ends = self.at_op(Op::Comma) || self.at_op(Op::RightParen) || self.at_op(Op::Equal);
            if !ends {
                return Err(self.fail_after_expression(annotation_start, &annotation.expr));
            }
        }
        Ok(Param {
            name,
            default: None,
            span,
        })
    }

    /// `def f((a, b))`: Python 2 tuple parameters.
    fn parenthesized_parameters(&mut self, owner: Owner) -> Failure {
        let open = self.peek_span();
        let close = self.probe(|parser| {
            parser.advance();
            parser.expect_name()?;
            while parser.eat_op(Op::Comma).is_some() {
                if parser.at_op(Op::RightParen) {
                    break;
                }
                parser.expect_name()?;
            }
            parser.expect_op(Op::RightParen)
        });
        match close {
            Some(close) => {
                let message = match owner {
                    Owner::Function => "Function parameters cannot be parenthesized",
                    Owner::Lambda => "Lambda expression parameters cannot be parenthesized",
                };
                self.error(message, open.to(close))
            }
            None => self.invalid_syntax(),
        }
    }

    /// Duplicate names are CPython's symbol table error, so they are only
    /// reported if the whole module parses.
    fn check_duplicate_parameters(&mut self, params: &Parameters) {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg);
        let mut seen = std::collections::HashSet::new();
        for param in all {
            if !seen.insert(param.name.as_str()) {
                self.defer(CompileError::syntax(
                    format!("duplicate argument '{}' in function definition", param.name),
                    param.span,
                ));
                return;
            }
        }
    }

    /// `lambda params: body`.
    pub(super) fn lambda(&mut self) -> ParseResult<Parsed> {
        let start = self.advance();
        self.descend()?;
        let (params, defaults_height) = self.parameters(Owner::Lambda)?;
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        self.ascend();
        let span: Span = start.to(body.span());
        self.node(
            ExprKind::Lambda {
                params: Box::new(params),
                body: Box::new(body.expr),
            },
            span,
            defaults_height.max(body.height),
        )
    }
}

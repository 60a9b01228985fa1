//! Compound statements and the blocks they own.

use super::parameters::Owner;
use super::targets::{expression_name, invalid_target, TargetKind};
use super::{Failure, ParseResult, Parser};
use crate::syntax::ast::{ClassDef, ExceptHandler, Expr, FunctionDef, Span, Stmt, StmtKind, Try};
use crate::syntax::error::CompileError;
use crate::syntax::token::{Keyword, Op, TokenKind};

/// The statement owning a block, as CPython's "expected an indented
/// block after ..." message names it.
#[derive(Clone, Copy)]
enum Header {
    Keyword(Keyword),
    Function,
    Class,
    Match,
}

impl Header {
    fn describe(self) -> String {
        match self {
            Header::Keyword(keyword) => format!("'{}' statement", keyword.as_str()),
            Header::Function => "function definition".to_string(),
            Header::Class => "class definition".to_string(),
            Header::Match => "'match' statement".to_string(),
        }
    }
}

/// What kind of expression ends a header, which decides the diagnostics
/// CPython tries when the `:` is missing.
#[derive(Clone, Copy)]
enum Context {
    Expression,
    Named,
}

impl<'s> Parser<'s> {
    /// One statement (or several, for `a; b`), appended to `body`.
    pub(super) fn statement(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        match &self.peek().kind {
            TokenKind::Keyword(
                Keyword::If
                | Keyword::While
                | Keyword::For
                | Keyword::Try
                | Keyword::With
                | Keyword::Def
                | Keyword::Class
                | Keyword::Async,
            )
            | TokenKind::Op(Op::At) => self.compound_statement(body),
            TokenKind::Name(name) if name == "match" => self.maybe_match_statement(body),
            _ => self.simple_statements(body),
        }
    }

    fn compound_statement(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        // One call site rather than one per kind keeps this frame small in
        // unoptimized builds, where every call's result takes stack space.
        let parse: fn(&mut Self) -> ParseResult<Stmt> = match self.peek().kind {
            TokenKind::Keyword(Keyword::If) => |parser| parser.if_statement(Keyword::If),
            TokenKind::Keyword(Keyword::While) => Self::while_statement,
            TokenKind::Keyword(Keyword::For) => Self::for_statement,
            TokenKind::Keyword(Keyword::Try) => Self::try_statement,
            TokenKind::Keyword(Keyword::With) => Self::with_statement,
            TokenKind::Keyword(Keyword::Def) => |parser| parser.function_definition(Vec::new()),
            TokenKind::Keyword(Keyword::Class) => |parser| parser.class_definition(Vec::new()),
            TokenKind::Keyword(Keyword::Async) => |parser| parser.async_statement(Vec::new()),
            _ => Self::decorated,
        };
        let statement = parse(self)?;
        body.push(statement);
        Ok(())
    }

    fn maybe_match_statement(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        match self.match_statement()? {
            Some(statement) => {
                body.push(statement);
                Ok(())
            }
            None => self.simple_statements(body),
        }
    }

    /// The block after a compound statement's `:`, either indented lines
    /// or simple statements on the same line.
    fn block(&mut self, header: Header, header_line: u32) -> ParseResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at_newline() {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.peek().kind, TokenKind::Indent) {
            return Err(self.missing_block(header, header_line));
        }
        self.advance();
        self.descend()?;
        while !matches!(self.peek().kind, TokenKind::Dedent) {
            self.statement(&mut body)?;
        }
        self.advance();
        self.ascend();
        Ok(body)
    }

    fn missing_block(&self, header: Header, header_line: u32) -> Failure {
        self.indentation_error(
            format!(
                "expected an indented block after {} on line {header_line}",
                header.describe()
            ),
            self.peek_span(),
        )
    }

    /// The `:` ending a compound statement's header whose last part is the
    /// expression `last`: a newline instead gets CPython's `expected ':'`.
    fn header_colon(&mut self, last: Option<(usize, &Expr, Context)>) -> ParseResult<()> {
        if self.eat_op(Op::Colon).is_some() {
            return Ok(());
        }
        if self.at_newline() {
            return Err(self.error("expected ':'", self.peek_span()));
        }
        match last {
            Some((start, expr, Context::Named)) => Err(self.fail_after_named(start, expr)),
            Some((start, expr, Context::Expression)) => {
                Err(self.fail_after_expression(start, expr))
            }
            None => Err(self.invalid_syntax()),
        }
    }

    fn else_block(&mut self) -> ParseResult<Vec<Stmt>> {
        let else_span = self.advance();
        self.expect_forced(Op::Colon)?;
        self.block(Header::Keyword(Keyword::Else), else_span.line)
    }

    /// `if` or `elif` (an `elif` is an `if` nested in the `orelse`).
    fn if_statement(&mut self, keyword: Keyword) -> ParseResult<Stmt> {
        let start = self.advance();
        let test_start = self.pos;
        let test = self.named_expression()?;
        self.header_colon(Some((test_start, &test.expr, Context::Named)))?;
        let body = self.block(Header::Keyword(keyword), start.line)?;
        let orelse = if self.at_keyword(Keyword::Elif) {
            self.elif_clause()?
        } else if self.at_keyword(Keyword::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let span = start.to(end_of(&body, &orelse));
        Ok(Stmt {
            kind: StmtKind::If {
                test: test.expr,
                body,
                orelse,
            },
            span,
        })
    }

    /// An `elif` becomes an `if` alone in the `orelse` of the one before.
    fn elif_clause(&mut self) -> ParseResult<Vec<Stmt>> {
        self.descend()?;
        let elif = self.if_statement(Keyword::Elif)?;
        self.ascend();
        Ok(vec![elif])
    }

    fn while_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.advance();
        let test_start = self.pos;
        let test = self.named_expression()?;
        self.header_colon(Some((test_start, &test.expr, Context::Named)))?;
        let body = self.block(Header::Keyword(Keyword::While), start.line)?;
        let orelse = if self.at_keyword(Keyword::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let span = start.to(end_of(&body, &orelse));
        Ok(Stmt {
            kind: StmtKind::While {
                test: test.expr,
                body,
                orelse,
            },
            span,
        })
    }

    fn for_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.advance();
        let target = self.for_target()?;
        self.advance();
        let iter_start = self.pos;
        let iter = self.star_expressions()?;
        self.header_colon(Some((iter_start, &iter.expr, Context::Expression)))?;
        let body = self.block(Header::Keyword(Keyword::For), start.line)?;
        let orelse = if self.at_keyword(Keyword::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        self.check_starred_target(&target.expr);
        let span = start.to(end_of(&body, &orelse));
        Ok(Stmt {
            kind: StmtKind::For {
                target: target.expr,
                iter: iter.expr,
                body,
                orelse,
            },
            span,
        })
    }

    fn try_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.advance();
        self.expect_forced(Op::Colon)?;
        let body = self.block(Header::Keyword(Keyword::Try), start.line)?;
        let mut handlers = Vec::new();
        while self.at_keyword(Keyword::Except) {
            handlers.push(self.except_handler()?);
        }
        if handlers.is_empty() && !self.at_keyword(Keyword::Finally) {
            return Err(self.error("expected 'except' or 'finally' block", self.previous_span()));
        }
        let orelse = if !handlers.is_empty() && self.at_keyword(Keyword::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if let Some(finally) = self.eat_keyword(Keyword::Finally) {
            self.expect_forced(Op::Colon)?;
            self.block(Header::Keyword(Keyword::Finally), finally.line)?
        } else {
            Vec::new()
        };
        if let Some(position) = handlers.iter().position(|handler| handler.type_.is_none()) {
            if position + 1 < handlers.len() {
                self.defer(CompileError::syntax(
                    "default 'except:' must be last",
                    handlers[position].span,
                ));
            }
        }
        let end = [&finalbody, &orelse]
            .iter()
            .find_map(|block| block.last().map(|statement| statement.span))
            .or(handlers.last().map(|handler| handler.span))
            .unwrap_or(end_of(&body, &[]));
        Ok(Stmt {
            kind: StmtKind::Try(Box::new(Try {
                body,
                handlers,
                orelse,
                finalbody,
            })),
            span: start.to(end),
        })
    }

    fn except_handler(&mut self) -> ParseResult<ExceptHandler> {
        let start = self.advance();
        if let Some(star) = self.eat_op(Op::Star) {
            self.unsupported("'except*' clauses are", start.to(star));
            if self.at_op(Op::Colon) || self.at_newline() {
                return Err(self.error("expected 'except' or 'finally' block", self.peek_span()));
            }
        }
        let mut type_ = None;
        let mut name = None;
        if !self.at_op(Op::Colon) && !self.at_newline() {
            let type_start = self.pos;
            let parsed = self.expression()?;
            if self.at_op(Op::Comma) {
                let unparenthesized = self.probe(|parser| {
                    parser.advance();
                    parser.star_expressions()?;
                    if parser.eat_keyword(Keyword::As).is_some() {
                        parser.expect_name()?;
                    }
                    parser.expect_op(Op::Colon)
                });
                if unparenthesized.is_some() {
                    return Err(self.error(
                        "multiple exception types must be parenthesized",
                        parsed.span(),
                    ));
                }
            }
            if self.eat_keyword(Keyword::As).is_some() {
                name = Some(self.expect_name()?.0);
                self.header_colon(None)?;
            } else {
                self.header_colon(Some((type_start, &parsed.expr, Context::Expression)))?;
            }
            type_ = Some(parsed.expr);
        } else {
            self.header_colon(None)?;
        }
        let body = self.block(Header::Keyword(Keyword::Except), start.line)?;
        let span = start.to(end_of(&body, &[]));
        Ok(ExceptHandler {
            type_,
            name,
            body,
            span,
        })
    }

    /// `with` is not supported, but is parsed so that syntax errors in and
    /// after it are still reported first.
    fn with_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.advance();
        self.unsupported("'with' statements are", start);
        let parenthesized = self.at_op(Op::LeftParen)
            && self
                .speculate(|parser| {
                    parser.advance();
                    loop {
                        parser.with_item()?;
                        if parser.eat_op(Op::Comma).is_none() || parser.at_op(Op::RightParen) {
                            break;
                        }
                    }
                    parser.expect_op(Op::RightParen)?;
                    if parser.at_op(Op::Colon) || parser.at_newline() {
                        Ok(())
                    } else {
                        Err(parser.invalid_syntax())
                    }
                })
                .is_some();
        if !parenthesized {
            loop {
                self.with_item()?;
                if self.eat_op(Op::Comma).is_none() {
                    break;
                }
            }
        }
        self.header_colon(None)?;
        let body = self.block(Header::Keyword(Keyword::With), start.line)?;
        Ok(placeholder(start.to(end_of(&body, &[]))))
    }

    fn with_item(&mut self) -> ParseResult<()> {
        self.expression()?;
        if self.eat_keyword(Keyword::As).is_some() {
            let target = if self.at_op(Op::Star) {
                self.starred()?
            } else {
                self.bitwise_or()?
            };
            if let Some(bad) = invalid_target(&target.expr, TargetKind::Assign) {
                return Err(self.error(
                    format!("cannot assign to {}", expression_name(bad)),
                    bad.span,
                ));
            }
        }
        Ok(())
    }

    /// `async def`, `async for` and `async with`: all unsupported, all
    /// parsed.
    fn async_statement(&mut self, decorators: Vec<Expr>) -> ParseResult<Stmt> {
        let start = self.peek_span();
        let construct = match self.peek_nth(1).kind {
            TokenKind::Keyword(Keyword::Def) => "'async def' functions are",
            TokenKind::Keyword(Keyword::For) if decorators.is_empty() => "'async for' loops are",
            TokenKind::Keyword(Keyword::With) if decorators.is_empty() => {
                "'async with' statements are"
            }
            _ => {
                self.advance();
                return Err(self.invalid_syntax());
            }
        };
        self.unsupported(construct, start);
        self.advance();
        let statement = match self.peek().kind {
            TokenKind::Keyword(Keyword::Def) => self.function_definition(decorators)?,
            TokenKind::Keyword(Keyword::For) => self.for_statement()?,
            _ => self.with_statement()?,
        };
        Ok(placeholder(start.to(statement.span)))
    }

    fn decorated(&mut self) -> ParseResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At).is_some() {
            let start = self.pos;
            let decorator = self.named_expression()?;
            if !self.at_newline() {
                return Err(self.fail_after_named(start, &decorator.expr));
            }
            self.advance();
            decorators.push(decorator.expr);
        }
        match self.peek().kind {
            TokenKind::Keyword(Keyword::Def) => self.function_definition(decorators),
            TokenKind::Keyword(Keyword::Class) => self.class_definition(decorators),
            TokenKind::Keyword(Keyword::Async) => self.async_statement(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn function_definition(&mut self, decorators: Vec<Expr>) -> ParseResult<Stmt> {
        let start = self.advance();
        let (name, _) = self.expect_name()?;
        self.expect_forced(Op::LeftParen)?;
        let (params, _) = self.parameters(Owner::Function)?;
        self.expect_op(Op::RightParen)?;
        if let Some(arrow) = self.eat_op(Op::Arrow) {
            // The annotation is optional in CPython's grammar and the `:`
            // after it is required, so a missing one is reported as that.
            if self.speculate(|parser| parser.expression()).is_none() {
                return Err(self.error("expected ':'", arrow));
            }
        }
        self.expect_forced(Op::Colon)?;
        let body = self.block(Header::Function, start.line)?;
        let span = start.to(end_of(&body, &[]));
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                params,
                body,
                decorators,
            })),
            span,
        })
    }

    fn class_definition(&mut self, decorators: Vec<Expr>) -> ParseResult<Stmt> {
        let start = self.advance();
        let (name, _) = self.expect_name()?;
        let (bases, keywords) = if self.at_op(Op::LeftParen) {
            let arguments = self.arguments(false)?;
            (arguments.args, arguments.keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        if self.at_newline() {
            return Err(self.error("expected ':'", self.peek_span()));
        }
        self.expect_forced(Op::Colon)?;
        let body = self.block(Header::Class, start.line)?;
        let span = start.to(end_of(&body, &[]));
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            })),
            span,
        })
    }

    /// `match` is a soft keyword: a line starting with it is a match
    /// statement only if it reads as one. Match statements are
    /// unsupported; their body is skipped rather than parsed.
    fn match_statement(&mut self) -> ParseResult<Option<Stmt>> {
        let start = self.peek_span();
        let subject = self.probe(|parser| {
            parser.advance();
            parser.star_expressions()?;
            Ok(parser.pos)
        });
        let Some(after_subject) = subject else {
            return Ok(None);
        };
        match self.tokens[after_subject].kind {
            TokenKind::Op(Op::Colon) => {}
            TokenKind::Newline => {
                let mut scratch = Vec::new();
                if self
                    .probe(|parser| parser.simple_statements(&mut scratch))
                    .is_some()
                {
                    return Ok(None);
                }
                return Err(self.error("expected ':'", self.tokens[after_subject].span));
            }
            _ => return Ok(None),
        }
        self.pos = after_subject + 1;
        self.unsupported("'match' statements are", start);
        self.expect_newline()?;
        if !matches!(self.peek().kind, TokenKind::Indent) {
            return Err(self.missing_block(Header::Match, start.line));
        }
        let mut depth = 0usize;
        loop {
            match &self.peek().kind {
                TokenKind::Indent => depth += 1,
                TokenKind::Dedent => {
                    depth -= 1;
                    if depth == 0 {
                        self.advance();
                        break;
                    }
                }
                TokenKind::Error(_) | TokenKind::EndMarker => return Err(self.invalid_syntax()),
                _ => {}
            }
            self.advance();
        }
        Ok(Some(placeholder(start.to(self.previous_span()))))
    }
}

/// Stands in for a statement Yieldscope does not support. It never reaches
/// the compiler: a module containing one is rejected once parsed.
fn placeholder(span: Span) -> Stmt {
    Stmt {
        kind: StmtKind::Pass,
        span,
    }
}

/// Where a compound statement ends: at the end of its last block.
fn end_of(body: &[Stmt], orelse: &[Stmt]) -> Span {
    orelse
        .last()
        .or(body.last())
        .map(|statement| statement.span)
        .unwrap_or_default()
}

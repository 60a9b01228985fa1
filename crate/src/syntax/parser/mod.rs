//! Tokens to syntax tree.
//!
//! A hand-written recursive-descent parser with precedence climbing for
//! binary operators, so that one level of nesting in the source costs only
//! a few stack frames. Where CPython 3.11 reports a specific message (its
//! grammar's `invalid_*` rules), the parser checks for the same situation
//! at the point it fails; everything else is CPython's generic
//! `invalid syntax` at the furthest token examined.

mod arguments;
mod compound;
mod diagnostics;
mod displays;
mod expressions;
mod fstring;
mod numbers;
mod parameters;
mod statements;
mod strings;
mod subscripts;
mod targets;
#[cfg(test)]
mod tests;

use std::cell::Cell;

use super::ast::{Expr, ExprKind, Module, Span, Stmt};
use super::error::{CompileError, CompileErrorKind};
use super::lexer;
use super::source::Source;
use super::token::{Keyword, LexFailure, Op, Token, TokenKind};

/// The deepest the parser recurses, counting brackets, prefix operators,
/// lambdas, conditional expressions, `elif`s and indented blocks. CPython
/// gives up a little below 3000; this bound keeps the parser within a 1 MB
/// stack (the WebAssembly default) even in a debug build, while leaving
/// room for the 200 levels of brackets the tokenizer allows.
pub const MAX_NESTING: u32 = 300;

/// The tallest expression tree the parser builds. Long chains such as
/// `a + b + c + ...` are built by loops rather than recursion, so they are
/// bounded separately; every tree handed to the compiler can therefore be
/// walked (and dropped) recursively.
pub const MAX_EXPRESSION_HEIGHT: u32 = 1000;

/// Errors are boxed so that the results passed up through every level of
/// recursion stay small: in a debug build each one takes stack space.
pub(crate) type Failure = Box<CompileError>;

pub(crate) type ParseResult<T> = Result<T, Failure>;

/// The most stack the parser lets itself use, as a second line of defence
/// behind `MAX_NESTING`: unoptimized builds use several times more stack
/// per level than optimized ones, and this keeps them from overflowing a
/// 1 MB stack too (they report nesting errors sooner instead).
const STACK_BUDGET: usize = 512 * 1024;

/// An address in the caller's stack frame, to measure stack use by.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(std::ptr::addr_of!(marker)) as usize
}

/// Parses a whole module.
///
/// Syntax errors follow CPython 3.11's messages and line numbers. Valid
/// Python that Yieldscope does not run is reported as
/// [`CompileErrorKind::Unsupported`], but only once the whole module is
/// known to be free of syntax errors, so a real mistake is reported first.
pub fn parse_module(text: &str) -> Result<Module, CompileError> {
    let source = Source::new(text);
    let tokens = lexer::tokenize(&source);
    let mut parser = Parser::new(&source, tokens, false);
    match parser.module() {
        Ok(body) => match parser.deferred.into_iter().next() {
            Some(error) => Err(error),
            None => Ok(Module { body }),
        },
        Err(error) => Err(*parser.prefer_tokenizer_error(error)),
    }
}

/// An expression with the height of its tree, tracked while the tree is
/// built so that its depth can be bounded without walking it again.
pub(crate) struct Parsed {
    pub expr: Expr,
    pub height: u32,
}

impl Parsed {
    fn span(&self) -> Span {
        self.expr.span
    }
}

pub(crate) struct Parser<'s> {
    source: &'s Source,
    tokens: Vec<Token>,
    pos: usize,
    /// The furthest token looked at, where CPython reports a generic
    /// syntax error.
    furthest: Cell<usize>,
    /// The furthest token looked at, counting look-aheads made only to
    /// diagnose an error, which CPython's diagnostic pass also makes.
    furthest_diagnosed: Cell<usize>,
    /// Whether the token where tokenizing failed has been looked at, even
    /// by a diagnostic look-ahead: CPython raises the tokenizer's error as
    /// soon as it fetches that token.
    reached_failure: Cell<bool>,
    depth: u32,
    /// The stack position where parsing started.
    stack_base: usize,
    /// Errors CPython would only raise after parsing (in its compiler or
    /// symbol table) and unsupported constructs, in source order.
    deferred: Vec<CompileError>,
    /// Looking ahead for a diagnostic the way CPython's backtracking parser
    /// does: an operator or trailer that cannot be completed ends the
    /// expression before it instead of failing the look-ahead.
    lenient: bool,
    /// Parsing the expression of an f-string replacement field, whose
    /// errors CPython prefixes with `f-string: `.
    in_fstring: bool,
}

impl<'s> Parser<'s> {
    fn new(source: &'s Source, tokens: Vec<Token>, in_fstring: bool) -> Parser<'s> {
        Parser {
            source,
            tokens,
            pos: 0,
            furthest: Cell::new(0),
            furthest_diagnosed: Cell::new(0),
            reached_failure: Cell::new(false),
            depth: 0,
            stack_base: stack_position(),
            deferred: Vec::new(),
            lenient: false,
            in_fstring,
        }
    }

    fn module(&mut self) -> ParseResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !matches!(self.peek().kind, TokenKind::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    // Token cursor.

    fn peek(&self) -> &Token {
        self.peek_nth(0)
    }

    fn peek_nth(&self, ahead: usize) -> &Token {
        let index = (self.pos + ahead).min(self.tokens.len() - 1);
        if index > self.furthest.get() {
            self.furthest.set(index);
        }
        if index > self.furthest_diagnosed.get() {
            self.furthest_diagnosed.set(index);
        }
        let token = &self.tokens[index];
        if let TokenKind::Error(_) = token.kind {
            self.reached_failure.set(true);
        }
        token
    }

    fn peek_span(&self) -> Span {
        self.peek().span
    }

    /// The span of the token before the current one.
    fn previous_span(&self) -> Span {
        self.tokens[self.pos.saturating_sub(1)].span
    }

    fn advance(&mut self) -> Span {
        let span = self.peek().span;
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        span
    }

    fn at_op(&self, op: Op) -> bool {
        matches!(self.peek().kind, TokenKind::Op(found) if found == op)
    }

    fn at_op_nth(&self, ahead: usize, op: Op) -> bool {
        matches!(self.peek_nth(ahead).kind, TokenKind::Op(found) if found == op)
    }

    fn at_keyword(&self, keyword: Keyword) -> bool {
        matches!(self.peek().kind, TokenKind::Keyword(found) if found == keyword)
    }

    fn at_keyword_nth(&self, ahead: usize, keyword: Keyword) -> bool {
        matches!(self.peek_nth(ahead).kind, TokenKind::Keyword(found) if found == keyword)
    }

    fn at_newline(&self) -> bool {
        matches!(self.peek().kind, TokenKind::Newline)
    }

    fn at_name(&self) -> bool {
        matches!(self.peek().kind, TokenKind::Name(_))
    }

    fn eat_op(&mut self, op: Op) -> Option<Span> {
        if self.at_op(op) {
            Some(self.advance())
        } else {
            None
        }
    }

    fn eat_keyword(&mut self, keyword: Keyword) -> Option<Span> {
        if self.at_keyword(keyword) {
            Some(self.advance())
        } else {
            None
        }
    }

    fn expect_op(&mut self, op: Op) -> ParseResult<Span> {
        self.eat_op(op).ok_or_else(|| self.invalid_syntax())
    }

    /// Like `expect_op`, for the places where CPython's grammar insists on
    /// a token and names it in the error (`expected ':'`).
    fn expect_forced(&mut self, op: Op) -> ParseResult<Span> {
        match self.eat_op(op) {
            Some(span) => Ok(span),
            None => Err(self.error(format!("expected '{}'", op.as_str()), self.peek_span())),
        }
    }

    fn expect_keyword(&mut self, keyword: Keyword) -> ParseResult<Span> {
        self.eat_keyword(keyword)
            .ok_or_else(|| self.invalid_syntax())
    }

    fn expect_name(&mut self) -> ParseResult<(String, Span)> {
        match &self.peek().kind {
            TokenKind::Name(name) => {
                let name = name.clone();
                Ok((name, self.advance()))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    fn expect_newline(&mut self) -> ParseResult<Span> {
        if self.at_newline() {
            Ok(self.advance())
        } else {
            Err(self.invalid_syntax())
        }
    }

    // Nesting and speculation.

    /// Enters one level of recursion, failing cleanly instead of
    /// exhausting the stack. The caller calls `ascend` once it succeeds; on
    /// failure the whole parse, or the speculation around it, is abandoned
    /// and the depth restored wholesale.
    fn descend(&mut self) -> ParseResult<()> {
        let stack_used = self.stack_base.saturating_sub(stack_position());
        if self.depth >= MAX_NESTING || stack_used > STACK_BUDGET {
            return Err(self.error("too many nested expressions", self.peek_span()));
        }
        self.depth += 1;
        Ok(())
    }

    fn ascend(&mut self) {
        self.depth -= 1;
    }

    /// Tries an alternative; on failure, rewinds as if it had not been
    /// tried.
    fn speculate<T>(&mut self, parse: impl FnOnce(&mut Self) -> ParseResult<T>) -> Option<T> {
        let pos = self.pos;
        let depth = self.depth;
        let deferred = self.deferred.len();
        match parse(self) {
            Ok(value) => Some(value),
            Err(_) => {
                self.pos = pos;
                self.depth = depth;
                self.deferred.truncate(deferred);
                None
            }
        }
    }

    /// Looks ahead without moving and without counting the tokens looked
    /// at towards the position of a generic error, as CPython's second,
    /// diagnostic pass does not move that position either.
    fn probe<T>(&mut self, parse: impl FnOnce(&mut Self) -> ParseResult<T>) -> Option<T> {
        self.probe_result(parse).ok()
    }

    /// Like `probe`, in lenient mode.
    fn probe_leniently<T>(&mut self, parse: impl FnOnce(&mut Self) -> ParseResult<T>) -> Option<T> {
        let lenient = self.lenient;
        self.lenient = true;
        let result = self.probe(parse);
        self.lenient = lenient;
        result
    }

    /// Like `probe`, but keeps the error.
    fn probe_result<T>(
        &mut self,
        parse: impl FnOnce(&mut Self) -> ParseResult<T>,
    ) -> ParseResult<T> {
        let pos = self.pos;
        let depth = self.depth;
        let furthest = self.furthest.get();
        let deferred = self.deferred.len();
        let result = parse(self);
        self.pos = pos;
        self.depth = depth;
        self.furthest.set(furthest);
        self.deferred.truncate(deferred);
        result
    }

    // Building expressions.

    fn node(&self, kind: ExprKind, span: Span, child_height: u32) -> ParseResult<Parsed> {
        let height = child_height + 1;
        if height > MAX_EXPRESSION_HEIGHT {
            return Err(self.error("too many nested expressions", span));
        }
        Ok(Parsed {
            expr: Expr { kind, span },
            height,
        })
    }

    // Errors.

    /// The tokenizer's error, if the parser has looked at the token where
    /// tokenizing stopped: CPython raises it as soon as it is fetched.
    fn fetched_failure(&self) -> Option<&LexFailure> {
        match &self.tokens[self.tokens.len() - 1].kind {
            TokenKind::Error(failure) if self.reached_failure.get() => Some(failure),
            _ => None,
        }
    }

    fn error_of_kind(
        &self,
        kind: CompileErrorKind,
        message: impl Into<String>,
        span: Span,
    ) -> Failure {
        if let Some(failure) = self.fetched_failure() {
            return Box::new(failure.error.clone());
        }
        let message = message.into();
        let message = if self.in_fstring {
            format!("f-string: {message}")
        } else {
            message
        };
        Box::new(CompileError {
            kind,
            message,
            span,
        })
    }

    fn error(&self, message: impl Into<String>, span: Span) -> Failure {
        self.error_of_kind(CompileErrorKind::SyntaxError, message, span)
    }

    fn indentation_error(&self, message: impl Into<String>, span: Span) -> Failure {
        self.error_of_kind(CompileErrorKind::IndentationError, message, span)
    }

    /// CPython's generic error, at the furthest token the parser examined.
    fn invalid_syntax(&self) -> Failure {
        self.invalid_syntax_at(self.furthest.get())
    }

    fn invalid_syntax_at(&self, index: usize) -> Failure {
        let token = &self.tokens[index.min(self.tokens.len() - 1)];
        match token.kind {
            TokenKind::Indent => self.indentation_error("unexpected indent", token.span),
            TokenKind::Dedent => self.indentation_error("unexpected unindent", token.span),
            _ => self.error("invalid syntax", token.span),
        }
    }

    fn defer(&mut self, error: CompileError) {
        self.deferred.push(error);
    }

    fn unsupported(&mut self, what: &str, span: Span) {
        self.defer(CompileError::unsupported(
            format!("{what} not supported by Yieldscope"),
            span,
        ));
    }

    /// After a parse error, CPython tokenizes the rest of the file: a
    /// tokenizer error anywhere wins, and so does an unclosed bracket
    /// opened on an earlier line than the error. An unexpected indent is
    /// the exception, reported without looking further.
    fn prefer_tokenizer_error(&self, error: Failure) -> Failure {
        let TokenKind::Error(failure) = &self.tokens[self.tokens.len() - 1].kind else {
            return error;
        };
        if self.reached_failure.get() {
            return Box::new(failure.error.clone());
        }
        let unexpected_indentation = error.kind == CompileErrorKind::IndentationError
            && matches!(
                error.message.as_str(),
                "unexpected indent" | "unexpected unindent"
            );
        if unexpected_indentation {
            return error;
        }
        if failure.eager {
            return Box::new(failure.error.clone());
        }
        if let Some((bracket, opened_at)) = failure.open_bracket {
            let error_line = self.tokens[self.furthest_diagnosed.get()].span.line;
            if error_line > opened_at.line {
                return Box::new(CompileError::syntax(
                    format!("'{bracket}' was never closed"),
                    opened_at,
                ));
            }
        }
        error
    }
}

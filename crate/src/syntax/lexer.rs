//! Source text to tokens, following CPython 3.11's tokenizer closely enough
//! that the same inputs fail with the same messages on the same lines.
//!
//! The lexer works on the source as a `Vec<char>` after CPython's newline
//! translation (`\r\n` and `\r` become `\n`, and a final `\n` is added), so
//! a token's column is simply its index minus the index its line starts at.

use super::ast::Span;
use super::error::{CompileError, CompileErrorKind};
use super::source::Source;
use super::token::{Keyword, LexFailure, Op, Token, TokenKind};
use crate::text::unicode::{is_identifier_continue, is_identifier_start, is_printable};

mod numbers;

/// CPython's `MAXLEVEL`: brackets nest at most this deep.
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: the indentation stack holds at most this many
/// levels, the first of which is column 0.
pub const MAX_INDENT_DEPTH: usize = 100;
const TAB_SIZE: u32 = 8;

/// Tokenizes a whole module. The last token is `EndMarker`, or `Error` if
/// tokenizing stopped early.
pub fn tokenize(source: &Source) -> Vec<Token> {
    let mut lexer = Lexer::new(source, 0, source.chars.len(), false);
    lexer.run();
    lexer.tokens
}

/// Tokenizes the expression part of an f-string replacement field, which
/// CPython compiles as if it were wrapped in parentheses: newlines inside
/// it are insignificant and it ends with `EndMarker`.
pub(crate) fn tokenize_fragment(source: &Source, start: usize, end: usize) -> Vec<Token> {
    let mut lexer = Lexer::new(source, start, end, true);
    lexer.run();
    lexer.tokens
}

struct Lexer<'s> {
    source: &'s Source,
    chars: &'s [char],
    pos: usize,
    end: usize,
    fragment: bool,
    tokens: Vec<Token>,
    /// Indentation columns with tabs to multiples of 8, and with tabs
    /// counted as one column; they must agree on every comparison.
    indents: Vec<(u32, u32)>,
    brackets: Vec<(char, Span)>,
    at_line_start: bool,
}

enum Step {
    Continue,
    Done,
}

impl<'s> Lexer<'s> {
    fn new(source: &'s Source, start: usize, end: usize, fragment: bool) -> Lexer<'s> {
        let mut brackets = Vec::new();
        if fragment {
            // The wrapping parenthesis CPython adds around the expression.
            brackets.push(('(', source.span(start, start)));
        }
        Lexer {
            source,
            chars: &source.chars,
            pos: start,
            end,
            fragment,
            tokens: Vec::new(),
            indents: vec![(0, 0)],
            brackets,
            at_line_start: !fragment,
        }
    }

    fn peek(&self) -> Option<char> {
        self.peek_at(0)
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        let index = self.pos + ahead;
        if index < self.end {
            Some(self.chars[index])
        } else {
            None
        }
    }

    fn run(&mut self) {
        if let Some(index) = self.chars[self.pos..self.end]
            .iter()
            .position(|&c| c == '\0')
        {
            let span = self.source.span(self.pos + index, self.pos + index);
            self.fail_eager("source code cannot contain null bytes", span);
            return;
        }
        while let Step::Continue = self.step() {}
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let span = self.source.span(start, end);
        self.tokens.push(Token {
            kind,
            span,
            bracket_depth: self.brackets.len() as u32,
        });
    }

    fn fail(
        &mut self,
        kind: CompileErrorKind,
        message: impl Into<String>,
        span: Span,
        eager: bool,
    ) {
        let failure = LexFailure {
            error: CompileError {
                kind,
                message: message.into(),
                span,
            },
            eager,
            open_bracket: self.brackets.last().copied(),
        };
        self.tokens.push(Token {
            kind: TokenKind::Error(Box::new(failure)),
            span,
            bracket_depth: self.brackets.len() as u32,
        });
    }

    fn fail_eager(&mut self, message: impl Into<String>, span: Span) {
        self.fail(CompileErrorKind::SyntaxError, message, span, true);
    }

    /// An eager error pointing at the character just before `pos`, which
    /// is where CPython's tokenizer leaves its cursor.
    fn fail_here(&mut self, message: impl Into<String>) -> Step {
        let at = self.pos.saturating_sub(1);
        let span = self.source.span(at, at + 1);
        self.fail_eager(message, span);
        Step::Done
    }

    fn step(&mut self) -> Step {
        while self.at_line_start {
            self.at_line_start = false;
            if let Step::Done = self.indentation() {
                return Step::Done;
            }
        }
        while let Some(' ' | '\t' | '\x0c') = self.peek() {
            self.pos += 1;
        }
        let start = self.pos;
        let Some(c) = self.peek() else {
            return self.end_of_input();
        };
        match c {
            '#' => {
                while let Some(next) = self.peek() {
                    if next == '\n' {
                        break;
                    }
                    self.pos += 1;
                }
                Step::Continue
            }
            '\n' => {
                self.pos += 1;
                if self.brackets.is_empty() && !self.fragment {
                    self.push(TokenKind::Newline, start, start + 1);
                    self.at_line_start = true;
                }
                Step::Continue
            }
            '\\' => self.line_continuation(),
            '0'..='9' => self.number(start),
            '.' if matches!(self.peek_at(1), Some('0'..='9')) => self.number(start),
            '"' | '\'' => self.string(start),
            c if is_identifier_start_candidate(c) => self.name_or_prefixed_string(start),
            _ => self.operator(start, c),
        }
    }

    /// Measures the indentation of a new line and emits `Indent`/`Dedent`
    /// tokens, unless the line is blank, a comment, or inside brackets.
    fn indentation(&mut self) -> Step {
        let mut col = 0u32;
        let mut alt_col = 0u32;
        // Indentation cannot be split over lines with backslashes: the
        // column of the first backslash is the line's indentation.
        let mut continued_at = None;
        loop {
            match self.peek() {
                Some(' ') => {
                    col += 1;
                    alt_col += 1;
                }
                Some('\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt_col += 1;
                }
                Some('\x0c') => {
                    col = 0;
                    alt_col = 0;
                }
                Some('\\') => {
                    continued_at.get_or_insert(col);
                    if let Step::Done = self.line_continuation() {
                        return Step::Done;
                    }
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if let Some(first) = continued_at {
            col = first;
        }
        if !self.brackets.is_empty() || self.peek().is_none() {
            return Step::Continue;
        }
        if let Some('#' | '\n') = self.peek() {
            // A blank or comment-only line: no tokens, no indentation.
            while let Some(c) = self.peek() {
                self.pos += 1;
                if c == '\n' {
                    break;
                }
            }
            self.at_line_start = true;
            return Step::Continue;
        }
        let at = self.pos;
        let (current, current_alt) = *self.indents.last().expect("indent stack is never empty");
        if col == current {
            if alt_col != current_alt {
                return self.tab_error(at);
            }
        } else if col > current {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                let span = self.line_span(at);
                self.fail(
                    CompileErrorKind::IndentationError,
                    "too many levels of indentation",
                    span,
                    false,
                );
                return Step::Done;
            }
            if alt_col <= current_alt {
                return self.tab_error(at);
            }
            self.indents.push((col, alt_col));
            let (line, indent_end) = self.source.position(at);
            self.tokens.push(Token {
                kind: TokenKind::Indent,
                span: Span::new(line, 0, line, indent_end),
                bracket_depth: 0,
            });
        } else {
            let remaining = self
                .indents
                .iter()
                .take_while(|&&(level, _)| level <= col)
                .count()
                .max(1);
            let (outer, outer_alt) = self.indents[remaining - 1];
            if col != outer {
                let span = self.source.span(at, at);
                self.fail(
                    CompileErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    span,
                    false,
                );
                return Step::Done;
            }
            if alt_col != outer_alt {
                return self.tab_error(at);
            }
            while self.indents.len() > remaining {
                self.indents.pop();
                self.push(TokenKind::Dedent, at, at);
            }
        }
        Step::Continue
    }

    fn line_span(&self, at: usize) -> Span {
        let (line, _) = self.source.position(at);
        Span::new(line, 0, line, 0)
    }

    fn tab_error(&mut self, at: usize) -> Step {
        let span = self.line_span(at);
        self.fail(
            CompileErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            span,
            false,
        );
        Step::Done
    }

    fn end_of_input(&mut self) -> Step {
        let at = self.end;
        if self.fragment {
            self.push(TokenKind::EndMarker, at, at);
            return Step::Done;
        }
        if let Some(&(bracket, span)) = self.brackets.last() {
            self.fail(
                CompileErrorKind::SyntaxError,
                format!("'{bracket}' was never closed"),
                span,
                false,
            );
            return Step::Done;
        }
        // CPython places the tokens made at the end of input on the last
        // line rather than on a line after it.
        let line = self.source.line_count();
        let span = Span::new(line, 0, line, 0);
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token {
                kind: TokenKind::Dedent,
                span,
                bracket_depth: 0,
            });
        }
        self.tokens.push(Token {
            kind: TokenKind::EndMarker,
            span,
            bracket_depth: 0,
        });
        Step::Done
    }

    fn line_continuation(&mut self) -> Step {
        let backslash = self.pos;
        self.pos += 1;
        if self.peek() != Some('\n') {
            let span = self.source.span(self.pos, self.pos + 1);
            self.fail(
                CompileErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                span,
                false,
            );
            return Step::Done;
        }
        self.pos += 1;
        if self.pos >= self.end {
            let span = self.source.span(backslash + 1, backslash + 1);
            self.fail(
                CompileErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                span,
                false,
            );
            return Step::Done;
        }
        Step::Continue
    }

    fn name_or_prefixed_string(&mut self, start: usize) -> Step {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        while let Some(c) = self.peek() {
            match c {
                'b' | 'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                'u' | 'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                'r' | 'R' if !(saw_r || saw_u) => saw_r = true,
                'f' | 'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            self.pos += 1;
            if let Some('"' | '\'') = self.peek() {
                return self.string(start);
            }
        }
        let mut non_ascii = false;
        while let Some(c) = self.peek() {
            if !is_identifier_continue_candidate(c) {
                break;
            }
            non_ascii |= !c.is_ascii();
            self.pos += 1;
        }
        if non_ascii {
            if let Some(bad) = self.first_invalid_identifier_char(start) {
                let c = self.chars[bad];
                self.pos = bad + 1;
                let message = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return self.fail_here(message);
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        let kind = match Keyword::from_name(&text) {
            Some(keyword) => TokenKind::Keyword(keyword),
            None => TokenKind::Name(text),
        };
        self.push(kind, start, self.pos);
        Step::Continue
    }

    fn first_invalid_identifier_char(&self, start: usize) -> Option<usize> {
        (start..self.pos).find(|&index| {
            let c = self.chars[index];
            if index == start {
                !is_identifier_start(c)
            } else {
                !is_identifier_continue(c)
            }
        })
    }

    /// Scans a string literal whose prefix (if any) starts at `start` and
    /// whose opening quote is at `pos`.
    fn string(&mut self, start: usize) -> Step {
        let quote = self.peek().expect("called at a quote");
        self.pos += 1;
        let triple = self.peek() == Some(quote) && self.peek_at(1) == Some(quote);
        if triple {
            self.pos += 2;
        }
        let quote_len = if triple { 3 } else { 1 };
        let mut closing = 0;
        while closing < quote_len {
            let Some(c) = self.peek() else {
                return self.unterminated_string(start, triple);
            };
            if c == '\n' && !triple {
                return self.unterminated_string(start, triple);
            }
            self.pos += 1;
            if c == quote {
                closing += 1;
            } else {
                closing = 0;
                if c == '\\' && self.peek().is_some() {
                    self.pos += 1;
                }
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        self.push(TokenKind::String(text), start, self.pos);
        Step::Continue
    }

    fn unterminated_string(&mut self, start: usize, triple: bool) -> Step {
        let detected_at = self.source.position(self.pos.min(self.end - 1)).0;
        let message = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected_at})")
        } else {
            format!("unterminated string literal (detected at line {detected_at})")
        };
        let span = self.source.span(start, start + 1);
        self.fail_eager(message, span);
        Step::Done
    }

    fn operator(&mut self, start: usize, c: char) -> Step {
        let next = self.peek_at(1);
        let after = self.peek_at(2);
        let (op, len) = match (c, next, after) {
            ('*', Some('*'), Some('=')) => (Op::DoubleStarEqual, 3),
            ('/', Some('/'), Some('=')) => (Op::DoubleSlashEqual, 3),
            ('<', Some('<'), Some('=')) => (Op::LeftShiftEqual, 3),
            ('>', Some('>'), Some('=')) => (Op::RightShiftEqual, 3),
            ('.', Some('.'), Some('.')) => (Op::Ellipsis, 3),
            ('*', Some('*'), _) => (Op::DoubleStar, 2),
            ('/', Some('/'), _) => (Op::DoubleSlash, 2),
            ('<', Some('<'), _) => (Op::LeftShift, 2),
            ('>', Some('>'), _) => (Op::RightShift, 2),
            ('=', Some('='), _) => (Op::EqualEqual, 2),
            ('!', Some('='), _) => (Op::NotEqual, 2),
            ('<', Some('='), _) => (Op::LessEqual, 2),
            ('>', Some('='), _) => (Op::GreaterEqual, 2),
            ('<', Some('>'), _) => (Op::LessGreater, 2),
            ('+', Some('='), _) => (Op::PlusEqual, 2),
            ('-', Some('='), _) => (Op::MinusEqual, 2),
            ('*', Some('='), _) => (Op::StarEqual, 2),
            ('/', Some('='), _) => (Op::SlashEqual, 2),
            ('%', Some('='), _) => (Op::PercentEqual, 2),
            ('&', Some('='), _) => (Op::AmpersandEqual, 2),
            ('|', Some('='), _) => (Op::VerticalBarEqual, 2),
            ('^', Some('='), _) => (Op::CircumflexEqual, 2),
            ('@', Some('='), _) => (Op::AtEqual, 2),
            ('-', Some('>'), _) => (Op::Arrow, 2),
            (':', Some('='), _) => (Op::ColonEqual, 2),
            ('(', _, _) => (Op::LeftParen, 1),
            (')', _, _) => (Op::RightParen, 1),
            ('[', _, _) => (Op::LeftBracket, 1),
            (']', _, _) => (Op::RightBracket, 1),
            ('{', _, _) => (Op::LeftBrace, 1),
            ('}', _, _) => (Op::RightBrace, 1),
            (':', _, _) => (Op::Colon, 1),
            (',', _, _) => (Op::Comma, 1),
            (';', _, _) => (Op::Semicolon, 1),
            ('+', _, _) => (Op::Plus, 1),
            ('-', _, _) => (Op::Minus, 1),
            ('*', _, _) => (Op::Star, 1),
            ('/', _, _) => (Op::Slash, 1),
            ('|', _, _) => (Op::VerticalBar, 1),
            ('&', _, _) => (Op::Ampersand, 1),
            ('<', _, _) => (Op::Less, 1),
            ('>', _, _) => (Op::Greater, 1),
            ('=', _, _) => (Op::Equal, 1),
            ('.', _, _) => (Op::Dot, 1),
            ('%', _, _) => (Op::Percent, 1),
            ('~', _, _) => (Op::Tilde, 1),
            ('^', _, _) => (Op::Circumflex, 1),
            ('@', _, _) => (Op::At, 1),
            _ => {
                self.pos += 1;
                if !is_printable(c) {
                    return self.fail_here(format!(
                        "invalid non-printable character U+{:04X}",
                        c as u32
                    ));
                }
                self.push(TokenKind::Op(Op::Unknown(c)), start, self.pos);
                return Step::Continue;
            }
        };
        self.pos += len;
        match op {
            Op::LeftParen | Op::LeftBracket | Op::LeftBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return self.fail_here("too many nested parentheses");
                }
                let span = self.source.span(start, self.pos);
                self.brackets.push((c, span));
            }
            Op::RightParen | Op::RightBracket | Op::RightBrace => {
                let Some((opening, opened_at)) = self.brackets.pop() else {
                    return self.fail_here(format!("unmatched '{c}'"));
                };
                if !matches!((opening, c), ('(', ')') | ('[', ']') | ('{', '}')) {
                    let here = self.source.position(start).0;
                    let message = if opened_at.line != here {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis \
                             '{opening}' on line {}",
                            opened_at.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis \
                             '{opening}'"
                        )
                    };
                    return self.fail_here(message);
                }
            }
            _ => {}
        }
        self.push(TokenKind::Op(op), start, self.pos);
        Step::Continue
    }
}

/// CPython treats every non-ASCII character as a possible identifier
/// character and validates the whole name afterwards.
fn is_identifier_start_candidate(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

fn is_identifier_continue_candidate(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

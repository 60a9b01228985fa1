//! f-strings, following CPython 3.11's `string_parser.c`: the literal is
//! scanned for replacement fields, and each field's expression is lexed
//! and parsed from the original source so its positions are real ones.

use super::strings::{push_part, Literal};
use super::{Failure, ParseResult, Parser};
use crate::syntax::ast::{FStringPart, FormattedValue, Span};
use crate::syntax::lexer::{self, MAX_BRACKET_DEPTH};
use crate::syntax::token::{Op, Token, TokenKind};

/// Replacement fields nest at most this deep (`{x:{y}}` is one level).
const MAX_FIELD_NESTING: u32 = 2;

/// Scanning state for one f-string literal.
struct Scan {
    end: usize,
    raw: bool,
    /// Where errors about the literal itself are reported.
    error_span: Span,
}

impl<'s> Parser<'s> {
    /// The parts of one f-string literal, with the height of the tallest
    /// expression in it.
    pub(super) fn fstring(
        &mut self,
        literal: &Literal,
        error_span: Span,
    ) -> ParseResult<(Vec<FStringPart>, u32)> {
        let scan = Scan {
            end: literal.body_end,
            raw: literal.raw,
            error_span,
        };
        let mut pos = literal.body_start;
        self.fstring_parts(&scan, &mut pos, 0)
    }

    fn char_at(&self, index: usize) -> Option<char> {
        self.source.chars.get(index).copied()
    }

    fn fstring_error(&self, message: &str, scan: &Scan) -> Failure {
        self.error(format!("f-string: {message}"), scan.error_span)
    }

    /// Literal text and fields up to the end of the literal (at nesting
    /// level 0) or up to the `}` closing a format spec (deeper).
    fn fstring_parts(
        &mut self,
        scan: &Scan,
        pos: &mut usize,
        level: u32,
    ) -> ParseResult<(Vec<FStringPart>, u32)> {
        let mut parts = Vec::new();
        let mut height = 0;
        loop {
            let (literal_end, resume, doubled) = self.fstring_literal(scan, *pos, level)?;
            let text = self.decode(*pos, literal_end, scan.raw, scan.error_span)?;
            push_part(&mut parts, FStringPart::Literal(text));
            *pos = resume;
            if doubled {
                continue;
            }
            if *pos >= scan.end || self.char_at(*pos) == Some('}') {
                break;
            }
            let (field, field_height) = self.fstring_field(scan, pos, level)?;
            height = height.max(field_height);
            parts.push(FStringPart::Field(field));
        }
        if level > 0 && (*pos >= scan.end || self.char_at(*pos) != Some('}')) {
            return Err(self.fstring_error("expecting '}'", scan));
        }
        Ok((parts, height))
    }

    /// Finds where the literal text starting at `start` ends. Returns the
    /// end of the text, where scanning resumes, and whether it stopped at
    /// a doubled brace (whose first half ends the text).
    fn fstring_literal(
        &self,
        scan: &Scan,
        start: usize,
        level: u32,
    ) -> ParseResult<(usize, usize, bool)> {
        let mut index = start;
        while index < scan.end {
            let mut c = self.source.chars[index];
            index += 1;
            if !scan.raw && c == '\\' && index < scan.end {
                c = self.source.chars[index];
                index += 1;
                if c == 'N' {
                    // Skip `\N{NAME}` so its brace is not taken for a field.
                    if index < scan.end {
                        let opening = self.source.chars[index];
                        index += 1;
                        if opening == '{' {
                            while index < scan.end {
                                let closing = self.source.chars[index];
                                index += 1;
                                if closing == '}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if c == '{' || c == '}' {
                if level == 0 {
                    if index < scan.end && self.source.chars[index] == c {
                        return Ok((index, index + 1, true));
                    }
                    if c == '}' {
                        return Err(self.fstring_error("single '}' is not allowed", scan));
                    }
                }
                return Ok((index - 1, index - 1, false));
            }
        }
        Ok((index, index, false))
    }

    /// A replacement field, from its `{` to just past its `}`.
    fn fstring_field(
        &mut self,
        scan: &Scan,
        pos: &mut usize,
        level: u32,
    ) -> ParseResult<(FormattedValue, u32)> {
        if level >= MAX_FIELD_NESTING {
            return Err(self.fstring_error("expressions nested too deeply", scan));
        }
        *pos += 1;
        let expression_start = *pos;
        let expression_end = self.fstring_expression_end(scan, *pos)?;
        *pos = expression_end;
        if *pos >= scan.end {
            return Err(self.fstring_error("expecting '}'", scan));
        }
        let value = self.fstring_expression(scan, expression_start, expression_end)?;
        let mut debug_text = None;
        if self.char_at(*pos) == Some('=') {
            *pos += 1;
            while matches!(
                self.char_at(*pos),
                Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
            ) && *pos < scan.end
            {
                *pos += 1;
            }
            if *pos >= scan.end {
                return Err(self.fstring_error("expecting '}'", scan));
            }
            debug_text = Some(self.source.chars[expression_start..*pos].iter().collect());
        }
        let mut conversion = None;
        if self.char_at(*pos) == Some('!') {
            *pos += 1;
            if *pos >= scan.end {
                return Err(self.fstring_error("expecting '}'", scan));
            }
            let c = self.source.chars[*pos];
            *pos += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.fstring_error(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    scan,
                ));
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        let mut height = value.1;
        if *pos < scan.end && self.char_at(*pos) == Some(':') {
            *pos += 1;
            if *pos >= scan.end {
                return Err(self.fstring_error("expecting '}'", scan));
            }
            let (spec, spec_height) = self.fstring_parts(scan, pos, level + 1)?;
            height = height.max(spec_height);
            format_spec = Some(spec);
        }
        if *pos >= scan.end || self.char_at(*pos) != Some('}') {
            return Err(self.fstring_error("expecting '}'", scan));
        }
        *pos += 1;
        let field = FormattedValue {
            value: Box::new(value.0),
            conversion,
            format_spec,
            debug_text,
        };
        Ok((field, height + 1))
    }

    /// Where a field's expression ends: at a `!`, `:`, `=` or `}` outside
    /// brackets and strings. Brackets and quotes are tracked only well
    /// enough to find that end; the expression parser checks the rest.
    fn fstring_expression_end(&self, scan: &Scan, start: usize) -> ParseResult<usize> {
        let mut index = start;
        let mut quote: Option<(char, bool)> = None;
        let mut brackets: Vec<char> = Vec::new();
        while index < scan.end {
            let c = self.source.chars[index];
            if c == '\\' {
                return Err(self.error(
                    "f-string expression part cannot include a backslash",
                    scan.error_span,
                ));
            }
            let triple_at = |at: usize| {
                at + 2 < scan.end
                    && self.source.chars[at + 1] == c
                    && self.source.chars[at + 2] == c
            };
            if let Some((quote_char, triple)) = quote {
                if c == quote_char {
                    if triple {
                        if triple_at(index) {
                            index += 3;
                            quote = None;
                            continue;
                        }
                    } else {
                        quote = None;
                    }
                }
                index += 1;
                continue;
            }
            match c {
                '\'' | '"' => {
                    let triple = triple_at(index);
                    if triple {
                        index += 2;
                    }
                    quote = Some((c, triple));
                }
                '[' | '{' | '(' => {
                    if brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(self.fstring_error("too many nested parenthesis", scan));
                    }
                    brackets.push(c);
                }
                '#' => {
                    return Err(self.error(
                        "f-string expression part cannot include '#'",
                        scan.error_span,
                    ))
                }
                '!' | ':' | '}' | '=' | '<' | '>' if brackets.is_empty() => {
                    let next = self.source.chars.get(index + 1).copied();
                    let two_char = index + 1 < scan.end
                        && next == Some('=')
                        && matches!(c, '!' | '=' | '<' | '>');
                    if two_char {
                        index += 2;
                        continue;
                    }
                    if !matches!(c, '<' | '>') {
                        break;
                    }
                }
                ']' | '}' | ')' => {
                    let Some(opening) = brackets.pop() else {
                        return Err(self.fstring_error(&format!("unmatched '{c}'"), scan));
                    };
                    if !matches!((opening, c), ('(', ')') | ('[', ']') | ('{', '}')) {
                        return Err(self.fstring_error(
                            &format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{opening}'"
                            ),
                            scan,
                        ));
                    }
                }
                _ => {}
            }
            index += 1;
        }
        if quote.is_some() {
            return Err(self.fstring_error("unterminated string", scan));
        }
        if let Some(opening) = brackets.last() {
            return Err(self.fstring_error(&format!("unmatched '{opening}'"), scan));
        }
        Ok(index)
    }

    /// Parses a field's expression as CPython does: as if it were written
    /// in parentheses, so it may be a tuple, a yield or a generator.
    fn fstring_expression(
        &mut self,
        scan: &Scan,
        start: usize,
        end: usize,
    ) -> ParseResult<(crate::syntax::ast::Expr, u32)> {
        let blank = self.source.chars[start..end]
            .iter()
            .all(|c| matches!(c, ' ' | '\t' | '\n' | '\x0c'));
        if blank {
            let terminator = self.source.chars[end];
            if matches!(terminator, '!' | ':' | '=') {
                return Err(
                    self.fstring_error(&format!("expression required before '{terminator}'"), scan)
                );
            }
            return Err(self.fstring_error("empty expression not allowed", scan));
        }
        let mut tokens = lexer::tokenize_fragment(self.source, start, end);
        let open_span = self.source.span(start, start);
        let close_span = self.source.span(end, end);
        tokens.insert(
            0,
            Token {
                kind: TokenKind::Op(Op::LeftParen),
                span: open_span,
                bracket_depth: 1,
            },
        );
        if matches!(
            tokens.last().map(|token| &token.kind),
            Some(TokenKind::EndMarker)
        ) {
            let at = tokens.len() - 1;
            tokens.insert(
                at,
                Token {
                    kind: TokenKind::Op(Op::RightParen),
                    span: close_span,
                    bracket_depth: 0,
                },
            );
        }
        let mut inner = Parser::new(self.source, tokens, true);
        inner.depth = self.depth + 1;
        inner.stack_base = self.stack_base;
        let parsed = inner.star_expressions().and_then(|parsed| {
            if matches!(inner.peek().kind, TokenKind::EndMarker) {
                Ok(parsed)
            } else {
                Err(inner.invalid_syntax())
            }
        });
        match parsed {
            Ok(parsed) => {
                self.deferred.append(&mut inner.deferred);
                Ok((parsed.expr, parsed.height))
            }
            Err(error) => Err(inner.prefer_tokenizer_error(error)),
        }
    }
}

//! String literals: prefixes, escape sequences, and the concatenation of
//! adjacent literals into one constant or f-string.

use super::{ParseResult, Parsed, Parser};
use crate::syntax::ast::{Constant, ExprKind, FStringPart, Span};
use crate::syntax::token::TokenKind;

/// One string token taken apart.
pub(super) struct Literal {
    pub raw: bool,
    pub bytes: bool,
    pub formatted: bool,
    /// Character indices of the text between the quotes.
    pub body_start: usize,
    pub body_end: usize,
    pub span: Span,
}

/// A decoding failure, worded as CPython words it.
pub(super) struct DecodeError(pub String);

/// The result of decoding escapes: text, plus the escape Yieldscope cannot
/// represent, if any (it still counts as valid Python).
pub(super) struct Decoded {
    pub text: String,
    pub unsupported: Option<&'static str>,
}

impl<'s> Parser<'s> {
    /// One or more adjacent string literals.
    pub(super) fn strings(&mut self) -> ParseResult<Parsed> {
        let mut literals = Vec::new();
        while let TokenKind::String(text) = &self.peek().kind {
            let span = self.peek_span();
            let start = self.source.line_start(span.line) + span.col as usize;
            literals.push(split_literal(text, start, span));
            self.advance();
        }
        // CPython reports string errors at the token after the literals,
        // the last one its parser had fetched.
        let error_span = self.peek_span();
        let span = literals[0].span.to(literals[literals.len() - 1].span);
        let first_bytes = literals[0].bytes;
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut any_formatted = false;
        let mut height = 0;
        for (index, literal) in literals.iter().enumerate() {
            if literal.bytes && self.body(literal).iter().any(|c| !c.is_ascii()) {
                return Err(self.error(
                    "bytes can only contain ASCII literal characters",
                    literal.span,
                ));
            }
            if index > 0 && literal.bytes != first_bytes {
                return Err(self.error("cannot mix bytes and nonbytes literals", error_span));
            }
            if literal.formatted {
                any_formatted = true;
                let (fstring_parts, fstring_height) = self.fstring(literal, error_span)?;
                height = height.max(fstring_height);
                for part in fstring_parts {
                    push_part(&mut parts, part);
                }
            } else if literal.bytes {
                self.decode_bytes(literal, error_span)?;
            } else {
                let text = self.decode(
                    literal.body_start,
                    literal.body_end,
                    literal.raw,
                    error_span,
                )?;
                push_part(&mut parts, FStringPart::Literal(text));
            }
        }
        if first_bytes {
            self.unsupported("bytes literals are", span);
            return self.node(ExprKind::Constant(Constant::Str(String::new())), span, 0);
        }
        if any_formatted {
            return self.node(ExprKind::FString(parts), span, height);
        }
        let text = match parts.pop() {
            Some(FStringPart::Literal(text)) => text,
            _ => String::new(),
        };
        self.node(ExprKind::Constant(Constant::Str(text)), span, 0)
    }

    pub(super) fn body(&self, literal: &Literal) -> &'s [char] {
        &self.source.chars[literal.body_start..literal.body_end]
    }

    /// Decodes the characters in `start..end` of a (non-bytes) literal.
    pub(super) fn decode(
        &mut self,
        start: usize,
        end: usize,
        raw: bool,
        error_span: Span,
    ) -> ParseResult<String> {
        let chars = &self.source.chars[start..end];
        if raw {
            return Ok(chars.iter().collect());
        }
        match decode_escapes(chars) {
            Ok(decoded) => {
                if let Some(what) = decoded.unsupported {
                    self.unsupported(what, error_span);
                }
                Ok(decoded.text)
            }
            Err(DecodeError(message)) => Err(self.error(message, error_span)),
        }
    }

    /// Bytes literals are unsupported, but their escapes are still checked
    /// so that invalid ones are reported as CPython reports them.
    fn decode_bytes(&mut self, literal: &Literal, error_span: Span) -> ParseResult<()> {
        if literal.raw {
            return Ok(());
        }
        let chars = self.body(literal);
        let mut index = 0;
        while index < chars.len() {
            if chars[index] == '\\' && chars.get(index + 1) == Some(&'x') {
                let digits = chars[index + 2..]
                    .iter()
                    .take(2)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                if digits < 2 {
                    return Err(self.error(
                        format!("(value error) invalid \\x escape at position {index}"),
                        error_span,
                    ));
                }
            }
            index += if chars[index] == '\\' { 2 } else { 1 };
        }
        Ok(())
    }
}

/// Appends a part, merging adjacent literals and dropping empty ones.
pub(super) fn push_part(parts: &mut Vec<FStringPart>, part: FStringPart) {
    match part {
        FStringPart::Literal(text) if text.is_empty() => {}
        FStringPart::Literal(text) => {
            if let Some(FStringPart::Literal(last)) = parts.last_mut() {
                last.push_str(&text);
            } else {
                parts.push(FStringPart::Literal(text));
            }
        }
        field => parts.push(field),
    }
}

/// Takes a string token apart; `start` is the index of its first
/// character in the source.
fn split_literal(text: &str, start: usize, span: Span) -> Literal {
    let prefix_len = text.chars().take_while(|c| c.is_ascii_alphabetic()).count();
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let total = text.chars().count();
    let quote = text[prefix_len..]
        .chars()
        .next()
        .expect("a string has quotes");
    let triple =
        text[prefix_len..].starts_with(&quote.to_string().repeat(3)) && total - prefix_len >= 6;
    let quote_len = if triple { 3 } else { 1 };
    Literal {
        raw: prefix.contains('r'),
        bytes: prefix.contains('b'),
        formatted: prefix.contains('f'),
        body_start: start + prefix_len + quote_len,
        body_end: start + total - quote_len,
        span,
    }
}

/// Decodes backslash escapes as CPython's `unicode_escape` codec does,
/// keeping unknown escapes as written.
///
/// Error positions count bytes in the buffer CPython actually decodes, in
/// which every non-ASCII character has been rewritten as a ten-byte
/// `\UXXXXXXXX` escape (and a backslash before one as `\u005c`).
pub(super) fn decode_escapes(chars: &[char]) -> Result<Decoded, DecodeError> {
    let mut text = String::with_capacity(chars.len());
    let mut unsupported = None;
    let mut index = 0;
    let mut position = 0;
    while index < chars.len() {
        let c = chars[index];
        if c != '\\' {
            text.push(c);
            position += byte_width(c);
            index += 1;
            continue;
        }
        let escape_start = position;
        let Some(&next) = chars.get(index + 1) else {
            text.push('\\');
            break;
        };
        if !next.is_ascii() {
            text.push('\\');
            position += 6;
            index += 1;
            continue;
        }
        index += 2;
        position += 2;
        let simple = match next {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(decoded) = simple {
            text.extend(decoded);
            continue;
        }
        match next {
            '0'..='7' => {
                let mut value = next.to_digit(8).expect("octal digit");
                for _ in 0..2 {
                    match chars.get(index).and_then(|c| c.to_digit(8)) {
                        Some(digit) => {
                            value = value * 8 + digit;
                            index += 1;
                            position += 1;
                        }
                        None => break,
                    }
                }
                text.push(char::from_u32(value).expect("at most 0o777"));
            }
            'x' | 'u' | 'U' => {
                let (count, reason) = match next {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match chars.get(index).and_then(|c| c.to_digit(16)) {
                        Some(digit) if chars[index].is_ascii() => {
                            value = value * 16 + digit;
                            index += 1;
                            position += 1;
                        }
                        _ => return Err(unicode_error(escape_start, position, reason)),
                    }
                }
                match char::from_u32(value) {
                    Some(decoded) => text.push(decoded),
                    None if value > 0x10FFFF => {
                        return Err(unicode_error(
                            escape_start,
                            position,
                            "illegal Unicode character",
                        ))
                    }
                    None => {
                        unsupported = Some("strings containing lone surrogates are");
                        text.push('\u{FFFD}');
                    }
                }
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                if chars.get(index) != Some(&'{') {
                    return Err(unicode_error(escape_start, position, malformed));
                }
                let name_start = index + 1;
                let Some(length) = chars[name_start..].iter().position(|&c| c == '}') else {
                    let end = position
                        + 1
                        + chars[name_start..]
                            .iter()
                            .map(|&c| byte_width(c))
                            .sum::<usize>();
                    return Err(unicode_error(escape_start, end, malformed));
                };
                if length == 0 {
                    return Err(unicode_error(escape_start, position + 1, malformed));
                }
                position += 2 + chars[name_start..name_start + length]
                    .iter()
                    .map(|&c| byte_width(c))
                    .sum::<usize>();
                index = name_start + length + 1;
                unsupported = Some("\\N{...} escapes are");
                text.push('\u{FFFD}');
            }
            _ => {
                text.push('\\');
                text.push(next);
            }
        }
    }
    Ok(Decoded { text, unsupported })
}

fn byte_width(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

fn unicode_error(start: usize, end: usize, reason: &str) -> DecodeError {
    DecodeError(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
        end.saturating_sub(1)
    ))
}

//! Numeric literals, scanned as CPython 3.11's tokenizer scans them so the
//! same malformed literals fail with the same messages.

use super::{Lexer, Step};
use crate::syntax::token::TokenKind;

impl<'s> Lexer<'s> {
    pub(super) fn number(&mut self, start: usize) -> Step {
        match self.scan_number(start) {
            Ok(()) => {
                let text: String = self.chars[start..self.pos].iter().collect();
                self.push(TokenKind::Number(text), start, self.pos);
                Step::Continue
            }
            Err(failed) => failed,
        }
    }

    fn scan_number(&mut self, start: usize) -> Result<(), Step> {
        let first = self.peek().expect("called at a digit or dot");
        if first == '.' {
            self.pos += 1;
            return self.fraction();
        }
        self.pos += 1;
        if first == '0' {
            match self.peek() {
                Some('x' | 'X') => {
                    self.pos += 1;
                    return self.radix_digits(16, "hexadecimal");
                }
                Some('o' | 'O') => {
                    self.pos += 1;
                    return self.radix_digits(8, "octal");
                }
                Some('b' | 'B') => {
                    self.pos += 1;
                    return self.radix_digits(2, "binary");
                }
                _ => return self.zero_prefixed(start),
            }
        }
        self.decimal_tail()?;
        self.after_integer_part()
    }

    /// Digits of a hex, octal or binary literal, after the prefix.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> Result<(), Step> {
        loop {
            if self.peek() == Some('_') {
                self.pos += 1;
            }
            match self.peek() {
                Some(c) if c.is_digit(radix) => {}
                Some(c) if radix < 10 && c.is_ascii_digit() => {
                    self.pos += 1;
                    return Err(self.fail_here(format!("invalid digit '{c}' in {kind} literal")));
                }
                _ => return Err(self.fail_here(format!("invalid {kind} literal"))),
            }
            while matches!(self.peek(), Some(c) if c.is_digit(radix)) {
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                break;
            }
        }
        if radix < 10 {
            if let Some(c @ '0'..='9') = self.peek() {
                self.pos += 1;
                return Err(self.fail_here(format!("invalid digit '{c}' in {kind} literal")));
            }
        }
        self.verify_end_of_number(kind)
    }

    /// A literal starting with `0` and no base prefix: zeros, then maybe a
    /// float, but never a nonzero integer.
    fn zero_prefixed(&mut self, start: usize) -> Result<(), Step> {
        loop {
            if self.peek() == Some('_') {
                self.pos += 1;
                if !matches!(self.peek(), Some('0'..='9')) {
                    return Err(self.fail_here("invalid decimal literal"));
                }
            }
            if self.peek() != Some('0') {
                break;
            }
            self.pos += 1;
        }
        let zeros_end = self.pos;
        let mut nonzero = false;
        if matches!(self.peek(), Some('0'..='9')) {
            nonzero = true;
            self.decimal_tail()?;
        }
        match self.peek() {
            Some('.') => {
                self.pos += 1;
                self.fraction()
            }
            Some('e' | 'E') => self.exponent(),
            Some('j' | 'J') => self.imaginary(),
            _ if nonzero => {
                let span = self.source.span(start, zeros_end);
                self.fail_eager(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    span,
                );
                Err(Step::Done)
            }
            _ => self.verify_end_of_number("decimal"),
        }
    }

    /// Digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<(), Step> {
        loop {
            while matches!(self.peek(), Some('0'..='9')) {
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.pos += 1;
            if !matches!(self.peek(), Some('0'..='9')) {
                return Err(self.fail_here("invalid decimal literal"));
            }
        }
    }

    fn after_integer_part(&mut self) -> Result<(), Step> {
        match self.peek() {
            Some('.') => {
                self.pos += 1;
                self.fraction()
            }
            Some('e' | 'E') => self.exponent(),
            Some('j' | 'J') => self.imaginary(),
            _ => self.verify_end_of_number("decimal"),
        }
    }

    /// After the decimal point.
    fn fraction(&mut self) -> Result<(), Step> {
        if matches!(self.peek(), Some('0'..='9')) {
            self.decimal_tail()?;
        }
        match self.peek() {
            Some('e' | 'E') => self.exponent(),
            Some('j' | 'J') => self.imaginary(),
            _ => self.verify_end_of_number("decimal"),
        }
    }

    /// At the `e` of an exponent, which may turn out not to be one
    /// (`1else` is `1` followed by `else`).
    fn exponent(&mut self) -> Result<(), Step> {
        let e_at = self.pos;
        self.pos += 1;
        match self.peek() {
            Some('+' | '-') => {
                self.pos += 1;
                if !matches!(self.peek(), Some('0'..='9')) {
                    return Err(self.fail_here("invalid decimal literal"));
                }
            }
            Some('0'..='9') => {}
            _ => {
                self.pos = e_at;
                return self.verify_end_of_number("decimal");
            }
        }
        self.decimal_tail()?;
        match self.peek() {
            Some('j' | 'J') => self.imaginary(),
            _ => self.verify_end_of_number("decimal"),
        }
    }

    fn imaginary(&mut self) -> Result<(), Step> {
        self.pos += 1;
        self.verify_end_of_number("imaginary")
    }

    /// A number directly followed by a name is an error, except for the
    /// keywords that may legally follow one (`1if x else y`), which CPython
    /// only warns about.
    fn verify_end_of_number(&mut self, kind: &str) -> Result<(), Step> {
        let Some(c) = self.peek() else {
            return Ok(());
        };
        let follows = |text: &str| {
            text.chars()
                .enumerate()
                .all(|(offset, expected)| self.peek_at(offset + 1) == Some(expected))
        };
        let keyword_follows = match c {
            'a' => follows("nd"),
            'e' => follows("lse"),
            'f' => follows("or"),
            'i' => matches!(self.peek_at(1), Some('f' | 'n' | 's')),
            'o' => follows("r"),
            'n' => follows("ot"),
            _ => false,
        };
        // Only ASCII counts here: a number followed by a non-ASCII letter
        // is a number and then a name.
        if !keyword_follows && (c.is_ascii_alphanumeric() || c == '_') {
            return Err(self.fail_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

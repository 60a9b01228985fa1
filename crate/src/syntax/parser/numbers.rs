//! Numeric literals, whose syntax the lexer has already checked.

use num_bigint::BigUint;

use super::Parser;
use crate::syntax::ast::{Constant, Span};

impl<'s> Parser<'s> {
    /// The value of a number token's text.
    pub(super) fn number(&mut self, text: &str, span: Span) -> Constant {
        let digits: String = text
            .chars()
            .filter(|&c| c != '_')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if let Some(imaginary) = digits.strip_suffix('j') {
            self.unsupported("complex literals are", span);
            return Constant::Float(imaginary.parse().unwrap_or(0.0));
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if let Some(rest) = digits.strip_prefix(prefix) {
                let value = BigUint::parse_bytes(rest.as_bytes(), radix)
                    .expect("the lexer accepts only valid digits");
                return Constant::Int(value.to_string());
            }
        }
        if digits.contains(['.', 'e']) {
            return Constant::Float(digits.parse().expect("the lexer accepts only valid floats"));
        }
        let significant = digits.trim_start_matches('0');
        if significant.is_empty() {
            Constant::Int("0".to_string())
        } else {
            Constant::Int(significant.to_string())
        }
    }
}

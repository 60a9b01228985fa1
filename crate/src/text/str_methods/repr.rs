//! `repr(str)`.

use std::fmt::Write;

use crate::text::unicode;

/// `repr(text)`: single quotes unless the text has a single quote and no
/// double quote; backslash escapes for the quote, backslash, `\t`, `\n`,
/// `\r`, other control characters and unprintable characters.
pub fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if ch == quote => {
                out.push('\\');
                out.push(ch);
            }
            ' '..='~' => out.push(ch),
            _ if !ch.is_ascii() && unicode::is_printable(ch) => out.push(ch),
            _ => {
                let code = ch as u32;
                // Writing to a String cannot fail.
                let _ = if code < 0x100 {
                    write!(out, "\\x{code:02x}")
                } else if code < 0x1_0000 {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(str_repr("g'"), "\"g'\"");
        assert_eq!(str_repr("a\"b"), "'a\"b'");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("\n\x00\x7f"), "'\\n\\x00\\x7f'");
        assert_eq!(str_repr("é中😀"), "'é中😀'");
        assert_eq!(
            str_repr("\u{85}\u{2028}\u{e0001}"),
            "'\\x85\\u2028\\U000e0001'"
        );
    }
}

//! Stripping, padding and tab expansion.

use crate::text::unicode;

/// `text.strip(chars)`: `None` strips whitespace.
pub fn strip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        Some(chars) => text.trim_matches(|ch| chars.contains(ch)),
        None => text.trim_matches(unicode::is_space),
    }
}

/// `text.lstrip(chars)`.
pub fn lstrip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        Some(chars) => text.trim_start_matches(|ch| chars.contains(ch)),
        None => text.trim_start_matches(unicode::is_space),
    }
}

/// `text.rstrip(chars)`.
pub fn rstrip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        Some(chars) => text.trim_end_matches(|ch| chars.contains(ch)),
        None => text.trim_end_matches(unicode::is_space),
    }
}

fn pad(text: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(text.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn margin(text: &str, width: i64) -> Option<usize> {
    let length = super::char_len(text);
    (width > length as i64).then(|| width as usize - length)
}

/// `text.center(width, fill)`. CPython puts the odd padding character on
/// the left only when both the margin and the width are odd.
pub fn center(text: &str, width: i64, fill: char) -> String {
    match margin(text, width) {
        Some(margin) => {
            let left = margin / 2 + (margin & width as usize & 1);
            pad(text, left, margin - left, fill)
        }
        None => text.to_owned(),
    }
}

/// `text.ljust(width, fill)`.
pub fn ljust(text: &str, width: i64, fill: char) -> String {
    match margin(text, width) {
        Some(margin) => pad(text, 0, margin, fill),
        None => text.to_owned(),
    }
}

/// `text.rjust(width, fill)`.
pub fn rjust(text: &str, width: i64, fill: char) -> String {
    match margin(text, width) {
        Some(margin) => pad(text, margin, 0, fill),
        None => text.to_owned(),
    }
}

/// `text.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(text: &str, width: i64) -> String {
    let Some(margin) = margin(text, width) else {
        return text.to_owned();
    };
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::with_capacity(text.len() + margin);
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', margin));
    out.push_str(digits);
    out
}

/// `text.expandtabs(tabsize)`: only `\n` and `\r` reset the column; a
/// tab size of zero or less removes tabs.
pub fn expandtabs(text: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(text.len());
    let mut column: i64 = 0;
    for ch in text.chars() {
        match ch {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(' ', spaces as usize));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(ch);
                column = 0;
            }
            _ => {
                out.push(ch);
                column += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centering_follows_cpython_parity_rule() {
        assert_eq!(center("a", 4, '*'), "*a**");
        assert_eq!(center("ab", 5, '*'), "**ab*");
        assert_eq!(center("abc", 6, '*'), "*abc**");
        assert_eq!(center("abc", 2, '*'), "abc");
    }

    #[test]
    fn zero_fill_keeps_the_sign_first() {
        assert_eq!(zfill("-42", 6), "-00042");
        assert_eq!(zfill("+", 3), "+00");
        assert_eq!(zfill("abc", 2), "abc");
    }

    #[test]
    fn tabs_expand_to_columns() {
        assert_eq!(expandtabs("a\tbc\td", 4), "a   bc  d");
        assert_eq!(expandtabs("ab\n\tc", 4), "ab\n    c");
        assert_eq!(expandtabs("a\tb", 0), "ab");
    }
}

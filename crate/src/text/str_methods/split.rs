//! `split`, `rsplit` and `splitlines`.

use crate::text::unicode;

/// `text.split(separator, maxsplit)`. `separator` `None` splits on runs
/// of whitespace and drops empty pieces; a separator must be non-empty.
/// `maxsplit` `None` (or negative in Python) means no limit.
pub fn split<'a>(text: &'a str, separator: Option<&str>, maxsplit: Option<usize>) -> Vec<&'a str> {
    let limit = maxsplit.unwrap_or(usize::MAX);
    match separator {
        Some(separator) => {
            let mut pieces = Vec::new();
            let mut rest = text;
            while pieces.len() < limit {
                let Some(at) = rest.find(separator) else {
                    break;
                };
                pieces.push(&rest[..at]);
                rest = &rest[at + separator.len()..];
            }
            pieces.push(rest);
            pieces
        }
        None => split_whitespace(text, limit),
    }
}

fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while pieces.len() < limit {
        rest = rest.trim_start_matches(unicode::is_space);
        if rest.is_empty() {
            return pieces;
        }
        let end = rest.find(unicode::is_space).unwrap_or(rest.len());
        pieces.push(&rest[..end]);
        rest = &rest[end..];
    }
    // The limit was reached: the remainder, less its leading whitespace,
    // is the last piece.
    let rest = rest.trim_start_matches(unicode::is_space);
    if !rest.is_empty() {
        pieces.push(rest);
    }
    pieces
}

/// `text.rsplit(separator, maxsplit)`: as [`split`], counting splits from
/// the right.
pub fn rsplit<'a>(text: &'a str, separator: Option<&str>, maxsplit: Option<usize>) -> Vec<&'a str> {
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut pieces = Vec::new();
    match separator {
        Some(separator) => {
            let mut rest = text;
            while pieces.len() < limit {
                let Some(at) = rest.rfind(separator) else {
                    break;
                };
                pieces.push(&rest[at + separator.len()..]);
                rest = &rest[..at];
            }
            pieces.push(rest);
        }
        None => {
            let mut rest = text;
            while pieces.len() < limit {
                rest = rest.trim_end_matches(unicode::is_space);
                if rest.is_empty() {
                    break;
                }
                let start = rest.rfind(unicode::is_space).map_or(0, |at| {
                    at + rest[at..].chars().next().map_or(1, char::len_utf8)
                });
                pieces.push(&rest[start..]);
                rest = &rest[..start];
            }
            let rest = rest.trim_end_matches(unicode::is_space);
            if !rest.is_empty() {
                pieces.push(rest);
            }
        }
    }
    pieces.reverse();
    pieces
}

/// `text.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029; no empty piece after a final
/// line break.
pub fn splitlines(text: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let Some(at) = rest.find(unicode::is_line_break) else {
            lines.push(rest);
            break;
        };
        let break_length = if rest[at..].starts_with("\r\n") {
            2
        } else {
            rest[at..].chars().next().map_or(1, char::len_utf8)
        };
        let line_end = if keepends { at + break_length } else { at };
        lines.push(&rest[..line_end]);
        rest = &rest[at + break_length..];
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_splits_keep_the_remainder_whole() {
        assert_eq!(split("  a  b c  ", None, Some(1)), ["a", "b c  "]);
        assert_eq!(split("  a b  ", None, Some(0)), ["a b  "]);
        assert_eq!(rsplit("  a  b c  ", None, Some(1)), ["  a  b", "c"]);
        assert_eq!(split("a\u{3000}b", None, None), ["a", "b"]);
        assert!(split("   ", None, None).is_empty());
    }

    #[test]
    fn separator_splits_keep_empty_pieces() {
        assert_eq!(split(",a,,b,", Some(","), None), ["", "a", "", "b", ""]);
        assert_eq!(rsplit("a,b,c", Some(","), Some(1)), ["a,b", "c"]);
        assert_eq!(split("", Some(","), None), [""]);
    }

    #[test]
    fn line_breaks() {
        assert_eq!(splitlines("a\r\nb\rc\n", false), ["a", "b", "c"]);
        assert_eq!(splitlines("a\r\nb\x0cc", true), ["a\r\n", "b\x0c", "c"]);
        assert!(splitlines("", true).is_empty());
    }
}

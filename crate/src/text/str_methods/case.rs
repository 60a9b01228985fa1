//! Case conversions: `lower`, `upper`, `casefold`, `title`, `capitalize`,
//! `swapcase`, with CPython's full (multi-character) mappings and its
//! final-sigma rule.

use crate::text::unicode;

const CAPITAL_SIGMA: char = '\u{3a3}';

/// What capital sigma lowercases to at `index`: final `ς` when a cased
/// letter precedes it and none follows (skipping case-ignorable
/// characters both ways), else `σ`.
fn lower_sigma(chars: &[char], index: usize) -> char {
    let before = chars[..index]
        .iter()
        .rev()
        .find(|&&ch| !unicode::is_case_ignorable(ch));
    let after = chars[index + 1..]
        .iter()
        .find(|&&ch| !unicode::is_case_ignorable(ch));
    let final_sigma = before.is_some_and(|&ch| unicode::is_cased(ch))
        && !after.is_some_and(|&ch| unicode::is_cased(ch));
    if final_sigma {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// Applies `map` to every character, giving it the whole string and the
/// index for the sigma rule.
fn map_chars(text: &str, mut map: impl FnMut(&mut String, &[char], usize)) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for index in 0..chars.len() {
        map(&mut out, &chars, index);
    }
    out
}

/// Lowercases `chars[index]` in context.
fn push_lower_at(out: &mut String, chars: &[char], index: usize) {
    if chars[index] == CAPITAL_SIGMA {
        out.push(lower_sigma(chars, index));
    } else {
        unicode::push_lower(out, chars[index]);
    }
}

/// `text.lower()`.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if !text.contains(CAPITAL_SIGMA) {
        let mut out = String::with_capacity(text.len());
        text.chars()
            .for_each(|ch| unicode::push_lower(&mut out, ch));
        return out;
    }
    map_chars(text, push_lower_at)
}

/// `text.upper()`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars()
        .for_each(|ch| unicode::push_upper(&mut out, ch));
    out
}

/// `text.casefold()`.
pub fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars()
        .for_each(|ch| unicode::push_folded(&mut out, ch));
    out
}

/// `text.title()`: titlecase after an uncased character, lowercase after a
/// cased one.
pub fn title(text: &str) -> String {
    let mut previous_cased = false;
    map_chars(text, |out, chars, index| {
        let ch = chars[index];
        if previous_cased {
            push_lower_at(out, chars, index);
        } else {
            unicode::push_title(out, ch);
        }
        previous_cased = unicode::is_cased(ch);
    })
}

/// `text.capitalize()`: the first character titlecased, the rest
/// lowercased.
pub fn capitalize(text: &str) -> String {
    map_chars(text, |out, chars, index| {
        if index == 0 {
            unicode::push_title(out, chars[0]);
        } else {
            push_lower_at(out, chars, index);
        }
    })
}

/// `text.swapcase()`.
pub fn swapcase(text: &str) -> String {
    map_chars(text, |out, chars, index| {
        let ch = chars[index];
        if unicode::is_uppercase(ch) {
            push_lower_at(out, chars, index);
        } else if unicode::is_lowercase(ch) {
            unicode::push_upper(out, ch);
        } else {
            out.push(ch);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_sigma() {
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("ΟΔΟΣ ΑΣ"), "οδος ας");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
    }

    #[test]
    fn titles_and_capitals() {
        assert_eq!(title("hello wORLD 3rd ǆem"), "Hello World 3Rd ǅem");
        assert_eq!(capitalize("ßtraße"), "Sstraße");
        assert_eq!(swapcase("Straße"), "sTRASSE");
        assert_eq!(upper("ﬁ"), "FI");
        assert_eq!(casefold("Straße"), "strasse");
    }
}

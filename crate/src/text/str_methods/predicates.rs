//! The `is...` predicates. All but `isprintable` and `isascii` are false
//! for the empty string.

use crate::text::unicode;

fn all_nonempty(text: &str, predicate: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(predicate)
}

/// `text.isspace()`.
pub fn isspace(text: &str) -> bool {
    all_nonempty(text, unicode::is_space)
}

/// `text.isalpha()`.
pub fn isalpha(text: &str) -> bool {
    all_nonempty(text, unicode::is_alpha)
}

/// `text.isalnum()`.
pub fn isalnum(text: &str) -> bool {
    all_nonempty(text, unicode::is_alnum)
}

/// `text.isdecimal()`.
pub fn isdecimal(text: &str) -> bool {
    all_nonempty(text, unicode::is_decimal)
}

/// `text.isdigit()`.
pub fn isdigit(text: &str) -> bool {
    all_nonempty(text, unicode::is_digit)
}

/// `text.isnumeric()`.
pub fn isnumeric(text: &str) -> bool {
    all_nonempty(text, unicode::is_numeric)
}

/// `text.isprintable()`.
pub fn isprintable(text: &str) -> bool {
    text.chars().all(unicode::is_printable)
}

/// `text.isascii()`.
pub fn isascii(text: &str) -> bool {
    text.is_ascii()
}

fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let first = chars.next()?;
    chars.next().is_none().then_some(first)
}

/// `text.islower()`: some cased character, and none upper or title case.
pub fn islower(text: &str) -> bool {
    if let Some(ch) = single_char(text) {
        return unicode::is_lowercase(ch);
    }
    let mut cased = false;
    for ch in text.chars() {
        if unicode::is_uppercase(ch) || unicode::is_titlecase(ch) {
            return false;
        }
        cased |= unicode::is_lowercase(ch);
    }
    cased
}

/// `text.isupper()`: some cased character, and none lower or title case.
pub fn isupper(text: &str) -> bool {
    if let Some(ch) = single_char(text) {
        return unicode::is_uppercase(ch);
    }
    let mut cased = false;
    for ch in text.chars() {
        if unicode::is_lowercase(ch) || unicode::is_titlecase(ch) {
            return false;
        }
        cased |= unicode::is_uppercase(ch);
    }
    cased
}

/// `text.istitle()`: upper or title case only after uncased characters,
/// lowercase only after cased ones, and at least one cased character.
pub fn istitle(text: &str) -> bool {
    if let Some(ch) = single_char(text) {
        return unicode::is_titlecase(ch) || unicode::is_uppercase(ch);
    }
    let mut cased = false;
    let mut previous_cased = false;
    for ch in text.chars() {
        if unicode::is_uppercase(ch) || unicode::is_titlecase(ch) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if unicode::is_lowercase(ch) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `text.isidentifier()`: not checking for keywords.
pub fn isidentifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(unicode::is_identifier_start)
        && chars.all(unicode::is_identifier_continue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_predicates() {
        assert!(istitle("Hello World"));
        assert!(!istitle("Hello world"));
        assert!(!istitle("HEllo"));
        assert!(istitle("ǅ"));
        assert!(islower("abc1"));
        assert!(!islower("123"));
        assert!(isupper("ABC1"));
    }

    #[test]
    fn numeric_predicates() {
        assert!(isdigit("²"));
        assert!(!isdecimal("²"));
        assert!(isnumeric("½一"));
        assert!(!isnumeric(""));
        assert!(isprintable(""));
        assert!(isidentifier("_x1"));
        assert!(!isidentifier("1x"));
    }
}

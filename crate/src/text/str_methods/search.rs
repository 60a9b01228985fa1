//! Searching and replacing: `find`, `rfind`, `count`, `replace`,
//! `startswith`, `endswith`, `partition`, `removeprefix` and kin.

use super::indices::{adjust_indices, CharOffsets};

/// The window `text[start:end]` as byte offsets, when `needle_length`
/// characters could fit in it.
fn window(
    offsets: &CharOffsets,
    start: Option<i64>,
    end: Option<i64>,
    needle_length: usize,
) -> Option<(usize, usize, usize)> {
    let (start, end) = adjust_indices(start, end, offsets.len());
    if end < start || end - start < needle_length {
        return None;
    }
    Some((start, offsets.byte_offset(start), offsets.byte_offset(end)))
}

/// `text.find(needle, start, end)`: the character index of the first
/// occurrence, `None` for CPython's `-1`. `index` is the same with an
/// exception for `None`.
pub fn find(text: &str, needle: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let offsets = CharOffsets::new(text);
    let (start_index, low, high) = window(&offsets, start, end, needle.chars().count())?;
    let found = text[low..high].find(needle)?;
    Some(start_index + offsets.char_index(low + found) - offsets.char_index(low))
}

/// `text.rfind(needle, start, end)`: the character index of the last
/// occurrence (an empty needle is found at the end of the window).
pub fn rfind(text: &str, needle: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let offsets = CharOffsets::new(text);
    let (start_index, low, high) = window(&offsets, start, end, needle.chars().count())?;
    let found = text[low..high].rfind(needle)?;
    Some(start_index + offsets.char_index(low + found) - offsets.char_index(low))
}

/// `text.count(needle, start, end)`: non-overlapping occurrences; an
/// empty needle counts the positions between characters.
pub fn count(text: &str, needle: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let offsets = CharOffsets::new(text);
    let Some((start_index, low, high)) = window(&offsets, start, end, needle.chars().count())
    else {
        return 0;
    };
    if needle.is_empty() {
        return offsets.char_index(high) - start_index + 1;
    }
    text[low..high].matches(needle).count()
}

/// `text.replace(old, new, count)`, with `count` `None` (or negative in
/// Python) for all. An empty `old` inserts `new` around every character.
pub fn replace(text: &str, old: &str, new: &str, count: Option<usize>) -> String {
    match count {
        Some(count) => text.replacen(old, new, count),
        None => text.replace(old, new),
    }
}

/// CPython's `tailmatch`: whether `affix` fits `text[start:end]` at its
/// start (`at_end` false) or end.
fn tail_matches(
    text: &str,
    affix: &str,
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let offsets = CharOffsets::new(text);
    let Some((_, low, high)) = window(&offsets, start, end, affix.chars().count()) else {
        return false;
    };
    if at_end {
        text[low..high].ends_with(affix)
    } else {
        text[low..high].starts_with(affix)
    }
}

/// `text.startswith(prefix, start, end)` for one prefix; the caller loops
/// over a tuple.
pub fn startswith(text: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tail_matches(text, prefix, start, end, false)
}

/// `text.endswith(suffix, start, end)` for one suffix.
pub fn endswith(text: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tail_matches(text, suffix, start, end, true)
}

/// `text.partition(separator)` for a non-empty separator.
pub fn partition<'a>(text: &'a str, separator: &str) -> (&'a str, &'a str, &'a str) {
    match text.find(separator) {
        Some(at) => (
            &text[..at],
            &text[at..at + separator.len()],
            &text[at + separator.len()..],
        ),
        None => (text, "", ""),
    }
}

/// `text.rpartition(separator)` for a non-empty separator.
pub fn rpartition<'a>(text: &'a str, separator: &str) -> (&'a str, &'a str, &'a str) {
    match text.rfind(separator) {
        Some(at) => (
            &text[..at],
            &text[at..at + separator.len()],
            &text[at + separator.len()..],
        ),
        None => ("", "", text),
    }
}

/// `text.removeprefix(prefix)`.
pub fn removeprefix<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.strip_prefix(prefix).unwrap_or(text)
}

/// `text.removesuffix(suffix)`.
pub fn removesuffix<'a>(text: &'a str, suffix: &str) -> &'a str {
    text.strip_suffix(suffix).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_count_characters() {
        assert_eq!(find("héllo", "l", None, None), Some(2));
        assert_eq!(rfind("héllo", "l", None, None), Some(3));
        assert_eq!(find("héllo", "l", Some(-2), None), Some(3));
        assert_eq!(find("abc", "", Some(3), None), Some(3));
        assert_eq!(find("abc", "", Some(4), None), None);
        assert_eq!(rfind("abc", "", None, None), Some(3));
    }

    #[test]
    fn empty_needles() {
        assert_eq!(count("héllo", "", None, None), 6);
        assert_eq!(count("abc", "", Some(5), None), 0);
        assert_eq!(replace("abc", "", "-", None), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", Some(2)), "-a-bc");
        assert!(startswith("abc", "", Some(3), None));
        assert!(!startswith("abc", "", Some(4), None));
    }
}

//! Character-index arithmetic shared by the searching methods.

/// The number of characters (code points) in `text`.
#[inline]
pub fn char_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// CPython's `ADJUST_INDICES`: resolves optional, possibly negative
/// `start` and `end` against a length of `length` characters, as the
/// `str.find` family reads them. The result may have `start > end`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, length: usize) -> (usize, usize) {
    let length = length as i64;
    let mut end = end.unwrap_or(length);
    if end > length {
        end = length;
    } else if end < 0 {
        end = (end + length).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + length).max(0);
    }
    (start as usize, end as usize)
}

/// Byte offsets of character positions in one string, with an identity
/// fast path for ASCII.
pub(super) struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
}

impl<'a> CharOffsets<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
        }
    }

    pub(super) fn len(&self) -> usize {
        if self.ascii {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }

    /// The byte offset of character `index` (clamped to the end).
    pub(super) fn byte_offset(&self, index: usize) -> usize {
        if self.ascii {
            return index.min(self.text.len());
        }
        self.text
            .char_indices()
            .nth(index)
            .map_or(self.text.len(), |(offset, _)| offset)
    }

    /// The character index of byte offset `offset`, which must be a char
    /// boundary.
    pub(super) fn char_index(&self, offset: usize) -> usize {
        if self.ascii {
            offset
        } else {
            self.text[..offset].chars().count()
        }
    }
}

//! `str`: immutable text indexed by code point, as Python indexes it.

use std::cell::Cell;

pub struct PyStr {
    text: Box<str>,
    /// Number of code points; equal to the byte length for ASCII text, which
    /// makes indexing O(1) in the common case.
    char_count: usize,
    /// CPython caches string hashes; so do we. `-1` means not computed
    /// (a real hash is never -1).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(text: &str) -> PyStr {
        PyStr::from_string(text.to_owned())
    }

    pub fn from_string(text: String) -> PyStr {
        let char_count = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text: text.into_boxed_str(),
            char_count,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_count
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_count == self.text.len()
    }

    /// The code point at `index` (already normalised to `0..len`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// Byte offset of the code point at `index` (`index <= len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map(|(offset, _)| offset)
                .unwrap_or(self.text.len())
        }
    }

    pub fn cached_hash(&self) -> Option<i64> {
        let hash = self.hash.get();
        (hash != -1).then_some(hash)
    }

    pub fn store_hash(&self, hash: i64) {
        self.hash.set(hash);
    }
}

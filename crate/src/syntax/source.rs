//! Source text as the lexer and parser see it: characters after CPython's
//! newline translation, with a table to turn indices into positions.

use super::ast::Span;

/// The source after newline translation, with a line-start table so any
/// character index can be turned into a line and column.
pub struct Source {
    pub chars: Vec<char>,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(text: &str) -> Source {
        let mut chars = Vec::with_capacity(text.len() + 2);
        let mut iter = text.chars().peekable();
        while let Some(c) = iter.next() {
            if c == '\r' {
                chars.push('\n');
                if iter.peek() == Some(&'\n') {
                    iter.next();
                    // CPython's newline translation loses track of a final
                    // `\r\n` and adds a newline after it, which moves the
                    // end-of-file tokens down a line.
                    if iter.peek().is_none() {
                        chars.push('\n');
                    }
                }
            } else {
                chars.push(c);
            }
        }
        if chars.last() != Some(&'\n') {
            chars.push('\n');
        }
        let mut line_starts = vec![0];
        for (index, &c) in chars.iter().enumerate() {
            if c == '\n' && index + 1 < chars.len() {
                line_starts.push(index + 1);
            }
        }
        Source { chars, line_starts }
    }

    /// The 1-based line and 0-based column of a character index.
    pub fn position(&self, index: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&index) {
            Ok(found) => found,
            Err(insert_at) => insert_at - 1,
        };
        (line as u32 + 1, (index - self.line_starts[line]) as u32)
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        let (line, col) = self.position(start);
        let (end_line, end_col) = self.position(end);
        Span::new(line, col, end_line, end_col)
    }

    /// The number of lines, which is where CPython puts tokens made at the
    /// end of the input.
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    pub fn line_start(&self, line: u32) -> usize {
        self.line_starts[line as usize - 1]
    }
}

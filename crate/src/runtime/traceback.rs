//! CPython-style tracebacks, including chained exceptions
//! ("The above exception was the direct cause of ...") and collapsed
//! recursion ("[Previous line repeated 996 more times]").

use std::fmt::Write;

use crate::runtime::objects::TracebackEntry;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// CPython prints a repeated traceback line this many times before
/// summarising the rest.
const RECURSIVE_CUTOFF: usize = 3;

impl Vm {
    /// The full text CPython prints for an uncaught exception.
    pub fn format_traceback(&self, exception: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.write_chain(exception, &mut out, &mut seen);
        out
    }

    fn write_chain(&self, exception: &Value, out: &mut String, seen: &mut Vec<u32>) {
        let Value::Instance(instance) = exception else {
            return;
        };
        seen.push(instance.id);
        if let Some(data) = &instance.exception {
            let (cause, context, suppress) = {
                let data = data.borrow();
                (
                    data.cause.clone(),
                    data.context.clone(),
                    data.suppress_context,
                )
            };
            let unseen = |link: &Value| link.object_id().is_some_and(|id| !seen.contains(&id));
            if let Some(cause) = cause.filter(|cause| unseen(cause)) {
                self.write_chain(&cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(context) = context.filter(|context| !suppress && unseen(context)) {
                self.write_chain(&context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.write_one(exception, out);
    }

    fn write_one(&self, exception: &Value, out: &mut String) {
        let Value::Instance(instance) = exception else {
            return;
        };
        let (entries, suggestion) = match &instance.exception {
            Some(data) => {
                let data = data.borrow();
                (data.traceback.clone(), data.suggestion.clone())
            }
            None => (Vec::new(), None),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            self.write_entries(entries.iter().rev(), out);
        }
        out.push_str(&self.exception_line(exception));
        if let Some(suggestion) = suggestion {
            let _ = write!(out, ". Did you mean: '{suggestion}'?");
        }
        out.push('\n');
    }

    fn write_entries<'a>(
        &self,
        entries: impl Iterator<Item = &'a TracebackEntry>,
        out: &mut String,
    ) {
        let mut previous: Option<&TracebackEntry> = None;
        let mut repeats = 0;
        for entry in entries {
            if previous == Some(entry) {
                repeats += 1;
                if repeats >= RECURSIVE_CUTOFF {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                previous = Some(entry);
            }
            self.write_entry(entry, out);
        }
        flush_repeats(out, repeats);
    }

    fn write_entry(&self, entry: &TracebackEntry, out: &mut String) {
        let _ = writeln!(
            out,
            "  File \"{}\", line {}, in {}",
            entry.filename, entry.line, entry.function
        );
        if let Some(line) = self.source_line(entry.line) {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let _ = writeln!(out, "    {trimmed}");
                if let Some(carets) = carets(line, entry) {
                    let _ = writeln!(out, "    {carets}");
                }
            }
        }
    }

    pub fn source_line(&self, line: u32) -> Option<&str> {
        self.program
            .source
            .lines()
            .nth((line as usize).checked_sub(1)?)
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= RECURSIVE_CUTOFF {
        let more = repeats - RECURSIVE_CUTOFF + 1;
        let _ = writeln!(
            out,
            "  [Previous line repeated {more} more time{}]",
            if more == 1 { "" } else { "s" }
        );
    }
}

/// CPython 3.11's marker line under a traceback's source line: `^` under
/// the failing operation, with `~` for the operands of a binary operator
/// or the value of a subscript. Shown when the operation is not the whole
/// line, or when such operands can be marked.
fn carets(line: &str, entry: &TracebackEntry) -> Option<String> {
    if entry.end_line < entry.line || (entry.end_line == entry.line && entry.end_col <= entry.col) {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let content_end = chars.len() - chars.iter().rev().take_while(|c| c.is_whitespace()).count();
    let start = entry.col as usize;
    if start < indent || start >= content_end {
        return None;
    }
    let single_line = entry.end_line == entry.line;
    let end = if single_line {
        (entry.end_col as usize).min(content_end)
    } else {
        content_end
    };
    let segment: String = chars[start..end].iter().collect();
    let anchors = if single_line { anchors(&segment) } else { None };
    let partial = end - start < content_end - indent;
    if !partial && anchors.is_none_or(|(left, right)| right <= left) {
        return None;
    }
    let (anchor_start, anchor_end) = anchors.unwrap_or((0, end - start));
    let mut out = " ".repeat(start - indent);
    for offset in 0..end - start {
        out.push(if (anchor_start..anchor_end).contains(&offset) {
            '^'
        } else {
            '~'
        });
    }
    Some(out)
}

/// Where the `^` go inside `segment` (character offsets): the operator of
/// a binary operation, or the brackets of a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse_module(segment).ok()?;
    let [statement] = module.body.as_slice() else {
        return None;
    };
    let crate::syntax::ast::StmtKind::Expr(expression) = &statement.kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    match &expression.kind {
        crate::syntax::ast::ExprKind::BinOp { left, right, .. } => {
            if left.span.end_line != 1 || right.span.line != 1 {
                return None;
            }
            let between = &chars[left.span.end_col as usize..right.span.col as usize];
            let skip = between
                .iter()
                .take_while(|c| c.is_whitespace() || **c == ')')
                .count();
            let start = left.span.end_col as usize + skip;
            let mut end = start + 1;
            if chars
                .get(end)
                .is_some_and(|c| !c.is_whitespace() && end < right.span.col as usize)
            {
                end += 1;
            }
            Some((start, end))
        }
        crate::syntax::ast::ExprKind::Subscript { value, index } => {
            if value.span.end_line != 1 || index.span.end_line != 1 {
                return None;
            }
            Some((value.span.end_col as usize, index.span.end_col as usize + 1))
        }
        _ => None,
    }
}

//! Errors found before anything runs: the whole module is parsed and
//! compiled first, so a single error means no line of the program executes.

use super::ast::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Valid Python that Yieldscope does not run (`with`, `async`, ...).
    /// Reported as `NotImplementedError` so it is never mistaken for a bug
    /// in the user's program.
    Unsupported,
}

impl CompileErrorKind {
    /// The exception class name CPython would print.
    pub fn python_name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::Unsupported => "NotImplementedError",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    /// Where CPython would put the caret; `end_*` may equal the start.
    pub span: Span,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: message.into(),
            span,
        }
    }

    pub fn unsupported(message: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Unsupported,
            message: message.into(),
            span,
        }
    }
}

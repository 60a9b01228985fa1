//! Source text to syntax tree: tokens, then a recursive-descent parser whose
//! error messages follow CPython 3.11's.

pub mod ast;
pub mod error;

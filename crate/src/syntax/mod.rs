//! Source text to syntax tree: tokens, then a recursive-descent parser whose
//! error messages follow CPython 3.11's.

pub mod ast;
pub mod error;
pub mod lexer;
mod parser;
pub mod source;
pub mod token;

pub use parser::{parse_module, MAX_EXPRESSION_HEIGHT, MAX_NESTING};

//! Python's text conversions: reprs, format specs, int and float parsing,
//! and the `str` methods, all as pure functions over Rust strings.
//!
//! Python strings may hold lone surrogates, which Rust strings cannot;
//! these functions assume the caller's strings are valid Unicode.

pub mod float_repr;
pub mod format_spec;
pub mod int_text;
pub mod printf;
pub mod str_methods;
pub mod unicode;

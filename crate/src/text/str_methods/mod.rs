//! The methods of Python's `str` as functions over `&str`, with CPython
//! 3.11's semantics: indices count characters (code points), not bytes;
//! "whitespace", "letter", "digit" and case follow CPython's Unicode
//! tables.
//!
//! Results that are pieces of the input are returned as slices of it;
//! new text is returned as `String`. Arguments CPython rejects with an
//! exception before doing any work (an empty separator for `split` or
//! `partition`, a non-str argument) are the caller's to check, except where
//! a function says otherwise.

mod case;
mod indices;
mod layout;
mod predicates;
mod repr;
mod search;
mod split;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use indices::{adjust_indices, char_len};
pub use layout::{center, expandtabs, ljust, lstrip, rjust, rstrip, strip, zfill};
pub use predicates::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable,
    isspace, istitle, isupper,
};
pub use repr::str_repr;
pub use search::{
    count, endswith, find, partition, removeprefix, removesuffix, replace, rfind, rpartition,
    startswith,
};
pub use split::{rsplit, split, splitlines};

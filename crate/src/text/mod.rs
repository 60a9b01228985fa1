//! Python's text conversions: reprs, format specs, int and float parsing,
//! and the `str` methods, all as pure functions over Rust strings.

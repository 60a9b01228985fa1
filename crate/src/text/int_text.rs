//! Conversions between ints and text: `str(int)`, `int(str, base)` and
//! `float(str)`, with CPython 3.11's rules and limits.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::unicode;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// `str(value)`, failing with CPython's ValueError message past the
/// default 4300-digit limit.
pub fn int_to_str(value: &BigInt) -> Result<String, String> {
    int_to_str_limited(value, INT_MAX_STR_DIGITS)
}

/// `str(value)` under a digit limit as set by `sys.set_int_max_str_digits`
/// (0 for none). The sign does not count towards the limit.
pub fn int_to_str_limited(value: &BigInt, limit: usize) -> Result<String, String> {
    if let Some(small) = value.to_i64() {
        return Ok(small.to_string());
    }
    // A cheap bound first, so that huge values are refused before the
    // quadratic conversion: each bit is worth log10(2) < 0.30103 digits.
    let exceeds = |digits: usize| limit > 0 && digits > limit;
    let lower_bound = ((value.bits() - 1) as f64 * std::f64::consts::LOG10_2) as usize + 1;
    if exceeds(lower_bound) {
        return Err(to_str_limit_message(limit));
    }
    let text = value.to_string();
    if exceeds(text.trim_start_matches('-').len()) {
        return Err(to_str_limit_message(limit));
    }
    Ok(text)
}

fn to_str_limit_message(limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Why `int(text, base)` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not a valid literal: the caller raises `invalid literal for int()
    /// with base N: 'text'`.
    Invalid,
    /// Over the digit limit; carries CPython's complete message.
    TooManyDigits(String),
}

/// ASCII whitespace as C's `isspace` sees it, which is all CPython checks
/// once non-ASCII spaces have been turned into `' '`.
#[inline]
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces
/// become `' '` and Unicode decimal digits their ASCII digit; any other
/// non-ASCII character ends the text with a `?`, which no parser accepts.
fn to_ascii_digits_and_spaces(text: &str) -> std::borrow::Cow<'_, [u8]> {
    if text.is_ascii() && !text.contains('\x7f') {
        return std::borrow::Cow::Borrowed(text.as_bytes());
    }
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        if (ch as u32) < 127 {
            out.push(ch as u8);
        } else if unicode::is_space(ch) {
            out.push(b' ');
        } else if let Some(digit) = unicode::decimal_value(ch) {
            out.push(b'0' + digit as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}

fn digit_value(byte: u8) -> u32 {
    match byte {
        b'0'..=b'9' => (byte - b'0') as u32,
        b'a'..=b'z' => (byte - b'a') as u32 + 10,
        b'A'..=b'Z' => (byte - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(text, base)` for `base` 0 or 2..=36 (the caller rejects other
/// bases): surrounding whitespace, a sign, single underscores between
/// digits, a `0x`/`0o`/`0b` prefix matching the base, and for base 0 the
/// prefix choosing the base (and no leading zeros on a nonzero decimal).
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, ParseIntError> {
    parse_int_limited(text, base, INT_MAX_STR_DIGITS)
}

/// [`parse_int`] under a digit limit (0 for none), which only applies to
/// bases that are not powers of two.
pub fn parse_int_limited(text: &str, base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    let bytes = to_ascii_digits_and_spaces(text);
    let mut rest: &[u8] = &bytes;
    while let [first, tail @ ..] = rest {
        if !is_ascii_space(*first) {
            break;
        }
        rest = tail;
    }
    let negative = match rest.first() {
        Some(b'-') => {
            rest = &rest[1..];
            true
        }
        Some(b'+') => {
            rest = &rest[1..];
            false
        }
        _ => false,
    };
    let prefix_base = match rest {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    let mut only_zero_allowed = false;
    let base = if base == 0 {
        match (prefix_base, rest.first()) {
            (Some(prefix_base), _) => prefix_base,
            (None, Some(b'0')) => {
                only_zero_allowed = true;
                10
            }
            (None, _) => 10,
        }
    } else {
        base
    };
    if prefix_base == Some(base) {
        rest = &rest[2..];
        if rest.first() == Some(&b'_') {
            rest = &rest[1..];
        }
    }
    if rest.first() == Some(&b'_') {
        return Err(ParseIntError::Invalid);
    }
    let mut digits = Vec::with_capacity(rest.len());
    let mut previous_underscore = false;
    let mut end = 0;
    for &byte in rest {
        if byte == b'_' {
            if previous_underscore {
                return Err(ParseIntError::Invalid);
            }
            previous_underscore = true;
        } else if digit_value(byte) < base {
            digits.push(byte);
            previous_underscore = false;
        } else {
            break;
        }
        end += 1;
    }
    if previous_underscore {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(ParseIntError::TooManyDigits(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.is_empty() || !rest[end..].iter().all(|&byte| is_ascii_space(byte)) {
        return Err(ParseIntError::Invalid);
    }
    let magnitude = match std::str::from_utf8(&digits).ok().and_then(|digits| {
        if digits.len() <= 18 && base == 10 {
            digits.parse::<i64>().ok().map(BigInt::from)
        } else {
            BigInt::parse_bytes(digits.as_bytes(), base)
        }
    }) {
        Some(magnitude) => magnitude,
        None => return Err(ParseIntError::Invalid),
    };
    if only_zero_allowed && !magnitude.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// `float(text)`: `None` where CPython raises `could not convert string to
/// float`. Accepts surrounding whitespace, underscores between digits,
/// `inf`, `infinity` and `nan` in any case, and Unicode decimal digits.
pub fn parse_float(text: &str) -> Option<f64> {
    let bytes = to_ascii_digits_and_spaces(text);
    let start = bytes.iter().position(|&byte| !is_ascii_space(byte))?;
    let end = bytes.iter().rposition(|&byte| !is_ascii_space(byte))? + 1;
    let body = &bytes[start..end];
    let mut cleaned = Vec::with_capacity(body.len());
    let mut previous = 0u8;
    for &byte in body {
        if byte == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !byte.is_ascii_digit() {
                return None;
            }
            cleaned.push(byte);
        }
        previous = byte;
    }
    if previous == b'_' {
        return None;
    }
    // Rust's grammar is CPython's once underscores are gone, and its
    // conversion is correctly rounded like CPython's.
    std::str::from_utf8(&cleaned).ok()?.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str, base: u32) -> Option<i64> {
        parse_int(text, base)
            .ok()
            .map(|value| value.to_i64().unwrap())
    }

    #[test]
    fn int_literals_follow_cpython() {
        assert_eq!(int(" -0x_1f ", 0), Some(-31));
        assert_eq!(int("0_0", 0), Some(0));
        assert_eq!(int("010", 0), None);
        assert_eq!(int("010", 10), Some(10));
        assert_eq!(int("1__0", 10), None);
        assert_eq!(int("_1", 10), None);
        assert_eq!(int("1_", 10), None);
        assert_eq!(int("0x", 16), None);
        assert_eq!(int("0b101", 2), Some(5));
        assert_eq!(int("z", 36), Some(35));
        assert_eq!(int("١٢", 10), Some(12));
        assert_eq!(int("\u{2003}7\u{3000}", 10), Some(7));
    }

    #[test]
    fn digit_limits() {
        let big = BigInt::from(10).pow(4300);
        assert!(int_to_str(&big)
            .unwrap_err()
            .starts_with("Exceeds the limit (4300 digits)"));
        let largest = -(big.clone() - BigInt::from(1));
        assert_eq!(int_to_str(&largest).unwrap().len(), 4301);
        assert!(matches!(
            parse_int(&"1".repeat(4301), 10),
            Err(ParseIntError::TooManyDigits(_))
        ));
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
    }

    #[test]
    fn float_literals_follow_cpython() {
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1e5"), Some(1e5));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("1_.5"), None);
        assert_eq!(parse_float("1._5"), None);
        assert_eq!(parse_float(""), None);
        assert_eq!(parse_float("0x10"), None);
        assert_eq!(parse_float("in f"), None);
    }
}

//! The format-spec mini-language of `format()`, `str.format` and f-strings,
//! following CPython 3.11's `Python/formatter_unicode.c`, error messages
//! included.
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! An empty spec means `str(value)` in CPython; callers handle that case
//! before reaching these functions (it matters for `bool`, whose `str` is
//! `True` but whose `format(True, "d")` is `1`).

use std::fmt;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{double_to_string, FloatFlags, FloatStyle};
use super::int_text::int_to_str;
use super::unicode;

/// The Python exception a formatting failure raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    ValueError,
    OverflowError,
}

/// A formatting failure: the exception type and CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: FormatErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn value_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::ValueError,
            message: message.into(),
        }
    }

    pub fn overflow_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::OverflowError,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
    /// Padding between the sign (and prefix) and the digits.
    AfterSign,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOption {
    /// `-`: only negative numbers get a sign (the default).
    Negative,
    /// `+`: always a sign.
    Always,
    /// ` `: a space in place of a plus sign.
    Space,
}

/// A parsed spec. Defaults that depend on the value's type (alignment,
/// the `0` flag's meaning, the default type) are resolved when formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Alignment>,
    pub sign: Option<SignOption>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_negative_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// A `0` before the width with no explicit fill: zero fill, and for
    /// numbers padding after the sign unless an alignment is given.
    pub zero_padding: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub type_code: Option<char>,
}

fn alignment_of(ch: char) -> Option<Alignment> {
    match ch {
        '<' => Some(Alignment::Left),
        '>' => Some(Alignment::Right),
        '^' => Some(Alignment::Center),
        '=' => Some(Alignment::AfterSign),
        _ => None,
    }
}

/// Reads a run of decimal digits (any Unicode decimal digit counts, as in
/// CPython). `None` when there are none.
fn read_integer(chars: &[char], position: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *position;
    let mut accumulator: u64 = 0;
    while let Some(digit) = chars
        .get(*position)
        .and_then(|&ch| unicode::decimal_value(ch))
    {
        accumulator = accumulator
            .checked_mul(10)
            .and_then(|value| value.checked_add(digit as u64))
            .filter(|&value| value <= i64::MAX as u64)
            .ok_or_else(|| FormatError::value_error("Too many decimal digits in format string"))?;
        *position += 1;
    }
    Ok((*position > start).then_some(accumulator as usize))
}

/// Parses a spec. `type_name` (`int`, `float`, `str`, ...) only appears in
/// the message for a malformed spec.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut parsed = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        zero_padding: false,
        width: None,
        grouping: None,
        precision: None,
        type_code: None,
    };
    let mut position = 0;
    if let Some(align) = chars.get(1).and_then(|&ch| alignment_of(ch)) {
        parsed.fill = Some(chars[0]);
        parsed.align = Some(align);
        position = 2;
    } else if let Some(align) = chars.first().and_then(|&ch| alignment_of(ch)) {
        parsed.align = Some(align);
        position = 1;
    }
    parsed.sign = match chars.get(position) {
        Some('+') => Some(SignOption::Always),
        Some('-') => Some(SignOption::Negative),
        Some(' ') => Some(SignOption::Space),
        _ => None,
    };
    if parsed.sign.is_some() {
        position += 1;
    }
    if chars.get(position) == Some(&'z') {
        parsed.no_negative_zero = true;
        position += 1;
    }
    if chars.get(position) == Some(&'#') {
        parsed.alternate = true;
        position += 1;
    }
    if parsed.fill.is_none() && chars.get(position) == Some(&'0') {
        parsed.zero_padding = true;
        position += 1;
    }
    parsed.width = read_integer(&chars, &mut position)?;
    if chars.get(position) == Some(&',') {
        parsed.grouping = Some(',');
        position += 1;
    }
    if chars.get(position) == Some(&'_') {
        if parsed.grouping.is_some() {
            return Err(FormatError::value_error("Cannot specify both ',' and '_'."));
        }
        parsed.grouping = Some('_');
        position += 1;
    }
    if chars.get(position) == Some(&',') && parsed.grouping == Some('_') {
        return Err(FormatError::value_error("Cannot specify both ',' and '_'."));
    }
    if chars.get(position) == Some(&'.') {
        position += 1;
        parsed.precision = read_integer(&chars, &mut position)?;
        if parsed.precision.is_none() {
            return Err(FormatError::value_error(
                "Format specifier missing precision",
            ));
        }
    }
    match chars.len() - position {
        0 => {}
        1 => parsed.type_code = Some(chars[position]),
        _ => {
            return Err(FormatError::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    Ok(parsed)
}

/// How a presentation type is quoted in messages: printable ASCII as is,
/// anything else as a hex escape.
fn describe_code(code: char) -> String {
    if (33..128).contains(&(code as u32)) {
        code.to_string()
    } else {
        format!("\\x{:x}", code as u32)
    }
}

fn unknown_code(code: char, type_name: &str) -> FormatError {
    FormatError::value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        describe_code(code)
    ))
}

/// The grouping check CPython makes while parsing, once the type (or the
/// type's default) is known. Returns the group size and separator.
fn group_size(spec: &FormatSpec, code: Option<char>) -> Result<Option<(usize, char)>, FormatError> {
    let Some(separator) = spec.grouping else {
        return Ok(None);
    };
    match code {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(Some((3, separator))),
        Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(Some((4, separator))),
        Some(other) => Err(FormatError::value_error(format!(
            "Cannot specify '{separator}' with '{}'.",
            describe_code(other)
        ))),
    }
}

/// Fill and alignment once the type's defaults apply.
struct Padding {
    fill: char,
    align: Alignment,
    width: usize,
}

fn number_padding(spec: &FormatSpec) -> Padding {
    Padding {
        fill: spec
            .fill
            .unwrap_or(if spec.zero_padding { '0' } else { ' ' }),
        align: spec.align.unwrap_or(if spec.zero_padding {
            Alignment::AfterSign
        } else {
            Alignment::Right
        }),
        width: spec.width.unwrap_or(0),
    }
}

/// A number split the way CPython's `calc_number_widths` sees it.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// The integer digits, which grouping and zero padding apply to.
    digits: &'a str,
    has_decimal_point: bool,
    /// Everything after the point (or the exponent, or the `c` character).
    remainder: &'a str,
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups digits from the
/// right and, when zero padding applies, pads with zeros (separators
/// included) up to `min_width`.
fn group_digits(digits: &str, min_width: i64, group: Option<(usize, char)>) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    // Chunks are produced right to left, each as zeros then digits.
    let mut chunks: Vec<(i64, &[u8])> = Vec::new();
    let take = |remaining: i64, length: i64| {
        let zeros = (length - remaining).max(0);
        let taken = remaining.min(length).max(0);
        let start = (remaining - taken) as usize;
        (zeros, taken, start)
    };
    let mut finished = false;
    if let Some((size, _)) = group {
        let size = size as i64;
        loop {
            let length = size.min(remaining.max(min_width).max(1));
            let (zeros, taken, start) = take(remaining, length);
            chunks.push((zeros, &digits[start..start + taken as usize]));
            remaining -= taken;
            min_width -= length;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let length = remaining.max(min_width).max(1);
        let (zeros, taken, start) = take(remaining, length);
        chunks.push((zeros, &digits[start..start + taken as usize]));
    }
    let separator = group.map(|(_, separator)| separator);
    let mut out = String::new();
    for (index, (zeros, chunk)) in chunks.iter().rev().enumerate() {
        if index > 0 {
            out.extend(separator);
        }
        out.extend(std::iter::repeat_n('0', *zeros as usize));
        out.push_str(std::str::from_utf8(chunk).expect("ASCII digits"));
    }
    out
}

/// CPython's `calc_number_widths` and `fill_number`.
fn lay_out_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    group: Option<(usize, char)>,
    uppercase: bool,
) -> String {
    let padding = number_padding(spec);
    let sign = match (spec.sign.unwrap_or(SignOption::Negative), parts.negative) {
        (_, true) => Some('-'),
        (SignOption::Always, false) => Some('+'),
        (SignOption::Space, false) => Some(' '),
        (SignOption::Negative, false) => None,
    };
    let remainder_length = parts.remainder.chars().count();
    let non_digit_length = sign.is_some() as usize
        + parts.prefix.len()
        + parts.has_decimal_point as usize
        + remainder_length;
    let min_width = if padding.fill == '0' && padding.align == Alignment::AfterSign {
        padding.width as i64 - non_digit_length as i64
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, group)
    };
    let mut prefix = parts.prefix.to_owned();
    if uppercase {
        grouped.make_ascii_uppercase();
        prefix.make_ascii_uppercase();
    }
    let total = non_digit_length + grouped.chars().count();
    let padding_length = padding.width.saturating_sub(total);
    let (left, inner, right) = match padding.align {
        Alignment::Left => (0, 0, padding_length),
        Alignment::Right => (padding_length, 0, 0),
        Alignment::Center => (padding_length / 2, 0, padding_length - padding_length / 2),
        Alignment::AfterSign => (0, padding_length, 0),
    };
    let mut out = String::with_capacity(total + padding_length);
    out.extend(std::iter::repeat_n(padding.fill, left));
    out.extend(sign);
    out.push_str(&prefix);
    out.extend(std::iter::repeat_n(padding.fill, inner));
    out.push_str(&grouped);
    if parts.has_decimal_point {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(padding.fill, right));
    out
}

/// `format(value, spec)` for an int. `type_name` is `int`, or `bool` for
/// booleans, for error messages.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let code = spec.type_code.unwrap_or('d');
    let group = group_size(spec, Some(code))?;
    match code {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let converted = value
                .to_f64()
                .filter(|converted| converted.is_finite())
                .ok_or_else(|| FormatError::overflow_error("int too large to convert to float"))?;
            return format_float_checked(converted, spec, code, group);
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(FormatError::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if code == 'c' {
        return format_int_as_char(value, spec, group);
    }
    let (radix, prefix) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        let text = int_to_str(value).map_err(FormatError::value_error)?;
        text.trim_start_matches('-').to_owned()
    } else {
        value.magnitude().to_str_radix(radix)
    };
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal_point: false,
        remainder: "",
    };
    Ok(lay_out_number(&parts, spec, group, code == 'X'))
}

fn format_int_as_char(
    value: &BigInt,
    spec: &FormatSpec,
    group: Option<(usize, char)>,
) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code_point = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow_error("Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&code_point) {
        return Err(FormatError::overflow_error("%c arg not in range(0x110000)"));
    }
    let character = char::from_u32(code_point as u32).ok_or_else(|| {
        FormatError::value_error("surrogate code points cannot be represented in a str")
    })?;
    let text = character.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal_point: false,
        remainder: &text,
    };
    Ok(lay_out_number(&parts, spec, group, false))
}

/// `format(value, spec)` for a float.
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let code = spec.type_code;
    let group = group_size(spec, code)?;
    match code {
        None => format_float_checked(value, spec, '\0', group),
        Some(code @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => {
            format_float_checked(value, spec, code, group)
        }
        Some(other) => Err(unknown_code(other, "float")),
    }
}

/// CPython's `format_float_internal`; `code` is `'\0'` for no type.
fn format_float_checked(
    value: f64,
    spec: &FormatSpec,
    code: char,
    group: Option<(usize, char)>,
) -> Result<String, FormatError> {
    if spec
        .precision
        .is_some_and(|precision| precision > i32::MAX as usize)
    {
        return Err(FormatError::value_error("precision too big"));
    }
    let mut flags = FloatFlags {
        uppercase: matches!(code, 'E' | 'F' | 'G'),
        alternate: spec.alternate,
        no_negative_zero: spec.no_negative_zero,
        add_dot_0: false,
    };
    let (style, default_precision, scale, percent) = match code {
        '\0' => {
            flags.add_dot_0 = true;
            (FloatStyle::Repr, 0, 1.0, false)
        }
        'e' | 'E' => (FloatStyle::Exponent, 6, 1.0, false),
        'f' | 'F' => (FloatStyle::Fixed, 6, 1.0, false),
        '%' => (FloatStyle::Fixed, 6, 100.0, true),
        _ => (FloatStyle::General, 6, 1.0, false),
    };
    let (style, precision) = match (style, spec.precision) {
        (FloatStyle::Repr, Some(precision)) => (FloatStyle::General, precision),
        (style, precision) => (style, precision.unwrap_or(default_precision)),
    };
    let mut text = double_to_string(value * scale, style, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digit_end = unsigned
        .find(|ch: char| !ch.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let has_decimal_point = unsigned[digit_end..].starts_with('.');
    let remainder_start = digit_end + has_decimal_point as usize;
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &unsigned[..digit_end],
        has_decimal_point,
        remainder: &unsigned[remainder_start..],
    };
    Ok(lay_out_number(&parts, spec, group, false))
}

/// `format(value, spec)` for a str.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let code = spec.type_code.unwrap_or('s');
    group_size(spec, Some(code))?;
    if code != 's' {
        return Err(unknown_code(code, "str"));
    }
    match spec.sign {
        Some(SignOption::Space) => {
            return Err(FormatError::value_error(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value_error(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_negative_zero {
        return Err(FormatError::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Alignment::AfterSign) {
        return Err(FormatError::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let length = value.chars().count();
    let (text, length) = match spec.precision {
        Some(precision) if precision < length => {
            let end = value
                .char_indices()
                .nth(precision)
                .map_or(value.len(), |(index, _)| index);
            (&value[..end], precision)
        }
        _ => (value, length),
    };
    let width = spec.width.unwrap_or(0);
    let padding = width.saturating_sub(length);
    let fill = spec
        .fill
        .unwrap_or(if spec.zero_padding { '0' } else { ' ' });
    let left = match spec.align {
        Some(Alignment::Right) => padding,
        Some(Alignment::Center) => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, padding - left));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(value: i64, spec: &str) -> String {
        let spec = parse_format_spec(spec, "int").unwrap();
        format_int(&BigInt::from(value), &spec, "int").unwrap()
    }

    #[test]
    fn zero_padding_goes_through_grouping() {
        assert_eq!(int(1234, "09,"), "0,001,234");
        assert_eq!(int(-1234, "010,"), "-0,001,234");
        assert_eq!(int(255, "#010_x"), "0x000_00ff");
    }

    #[test]
    fn strings_pad_with_zero_on_the_right() {
        let spec = parse_format_spec("05", "str").unwrap();
        assert_eq!(format_str("ab", &spec).unwrap(), "ab000");
    }
}

//! `template % args`, CPython 3.11's printf-style string formatting
//! (`Objects/unicodeobject.c`, `PyUnicode_Format`): conversions
//! `s r a d i u o x X e E f F g G c %`, flags `- + space # 0`, width and
//! precision (`*` included), and `%(key)` lookups in a mapping.

use std::fmt;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

use super::float_repr::{double_to_string, float_repr, FloatFlags, FloatStyle};
use super::int_text::int_to_str;
use super::str_methods::str_repr;

/// One operand, reduced to what formatting needs. Objects other than
/// ints, bools, floats and strs come as `Other`, with their `str()` and
/// `repr()` already computed by the caller.
#[derive(Clone, Debug, PartialEq)]
pub enum PrintfArg {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
    Other {
        type_name: String,
        str_text: String,
        repr_text: String,
    },
}

/// Widths and precisions beyond this are refused with `MemoryError`, where
/// CPython would try to allocate the padding (the VM's longest str).
const MAX_PADDED_LENGTH: i64 = 1 << 27;

/// The Python exception a formatting failure raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintfErrorKind {
    TypeError,
    ValueError,
    OverflowError,
    /// A width or precision too large to pad to.
    MemoryError,
    /// A `%(key)` missing from the mapping: the caller raises `KeyError`
    /// with the key, which is the message.
    KeyError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfError {
    pub kind: PrintfErrorKind,
    pub message: String,
}

impl PrintfError {
    fn new(kind: PrintfErrorKind, message: impl Into<String>) -> Self {
        PrintfError {
            kind,
            message: message.into(),
        }
    }

    fn type_error(message: impl Into<String>) -> Self {
        Self::new(PrintfErrorKind::TypeError, message)
    }

    fn value_error(message: impl Into<String>) -> Self {
        Self::new(PrintfErrorKind::ValueError, message)
    }
}

impl fmt::Display for PrintfError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

/// Looks up `%(key)` values; `Ok(None)` for a missing key.
pub type MappingLookup<'a> = dyn FnMut(&str) -> Result<Option<PrintfArg>, PrintfError> + 'a;

/// The right operand of `%`.
pub enum PrintfArgs<'a> {
    /// A tuple's items.
    Tuple(&'a [PrintfArg]),
    /// A single non-tuple operand. When it is a mapping (not a str),
    /// `mapping` answers `%(key)` lookups; the operand itself still serves
    /// plain conversions, as in CPython.
    Single {
        value: &'a PrintfArg,
        mapping: Option<&'a mut MappingLookup<'a>>,
    },
}

impl PrintfArg {
    fn type_name(&self) -> &str {
        match self {
            PrintfArg::Int(_) => "int",
            PrintfArg::Bool(_) => "bool",
            PrintfArg::Float(_) => "float",
            PrintfArg::Str(_) => "str",
            PrintfArg::Other { type_name, .. } => type_name,
        }
    }

    fn str_text(&self) -> Result<String, PrintfError> {
        Ok(match self {
            PrintfArg::Int(value) => int_to_str(value).map_err(PrintfError::value_error)?,
            PrintfArg::Bool(value) => bool_text(*value).to_owned(),
            PrintfArg::Float(value) => float_repr(*value),
            PrintfArg::Str(text) => text.clone(),
            PrintfArg::Other { str_text, .. } => str_text.clone(),
        })
    }

    fn repr_text(&self) -> Result<String, PrintfError> {
        match self {
            PrintfArg::Str(text) => Ok(str_repr(text)),
            PrintfArg::Other { repr_text, .. } => Ok(repr_text.clone()),
            _ => self.str_text(),
        }
    }

    /// The value as an int for `%d` (floats truncate), if it is a number.
    fn to_int_truncating(&self) -> Option<Result<BigInt, PrintfError>> {
        match self {
            PrintfArg::Int(value) => Some(Ok(value.clone())),
            PrintfArg::Bool(value) => Some(Ok(BigInt::from(*value as u8))),
            PrintfArg::Float(value) => Some(if value.is_nan() {
                Err(PrintfError::value_error(
                    "cannot convert float NaN to integer",
                ))
            } else if value.is_infinite() {
                Err(PrintfError::new(
                    PrintfErrorKind::OverflowError,
                    "cannot convert float infinity to integer",
                ))
            } else {
                Ok(BigInt::from_f64(value.trunc()).expect("finite"))
            }),
            _ => None,
        }
    }

    fn to_float(&self) -> Result<f64, PrintfError> {
        match self {
            PrintfArg::Float(value) => Ok(*value),
            PrintfArg::Bool(value) => Ok(*value as u8 as f64),
            PrintfArg::Int(value) => value
                .to_f64()
                .filter(|converted| converted.is_finite())
                .ok_or_else(|| {
                    PrintfError::new(
                        PrintfErrorKind::OverflowError,
                        "int too large to convert to float",
                    )
                }),
            other => Err(PrintfError::type_error(format!(
                "must be real number, not {}",
                other.type_name()
            ))),
        }
    }
}

fn bool_text(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

/// `ascii()` from a repr: non-ASCII characters escaped.
fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for ch in repr.chars() {
        let code = ch as u32;
        if ch.is_ascii() {
            out.push(ch);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x1_0000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}

#[derive(Default)]
struct Flags {
    left_justify: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
}

/// Where conversions take their operands from.
struct ArgumentCursor<'a, 'b> {
    args: &'b mut PrintfArgs<'a>,
    next: usize,
    /// A value fetched by `%(key)`, which (as in CPython) also feeds any
    /// `*` and plain conversions until the next key.
    keyed: Option<PrintfArg>,
    keyed_used: bool,
}

impl ArgumentCursor<'_, '_> {
    fn next_argument(&mut self) -> Result<PrintfArg, PrintfError> {
        let not_enough = || PrintfError::type_error("not enough arguments for format string");
        if let Some(keyed) = &self.keyed {
            if self.keyed_used {
                return Err(not_enough());
            }
            self.keyed_used = true;
            return Ok(keyed.clone());
        }
        let value = match &self.args {
            PrintfArgs::Tuple(values) => values.get(self.next).cloned(),
            PrintfArgs::Single { value, .. } => (self.next == 0).then(|| (*value).clone()),
        };
        self.next += 1;
        value.ok_or_else(not_enough)
    }

    fn lookup(&mut self, key: &str) -> Result<(), PrintfError> {
        let PrintfArgs::Single {
            mapping: Some(lookup),
            ..
        } = &mut self.args
        else {
            return Err(PrintfError::type_error("format requires a mapping"));
        };
        let value = lookup(key)?.ok_or_else(|| PrintfError::new(PrintfErrorKind::KeyError, key))?;
        self.keyed = Some(value);
        self.keyed_used = false;
        Ok(())
    }

    fn all_used(&self) -> bool {
        match &self.args {
            PrintfArgs::Tuple(values) => self.next >= values.len() || self.keyed.is_some(),
            PrintfArgs::Single { mapping, .. } => {
                mapping.is_some() || self.next >= 1 || self.keyed.is_some()
            }
        }
    }
}

/// Reads digits into a number, failing with `message` past `i32::MAX`.
/// Reads digits, refusing values beyond `limit` (CPython allows a width
/// up to `PY_SSIZE_T_MAX` and a precision up to `INT_MAX`).
fn read_number(
    chars: &[char],
    position: &mut usize,
    limit: i64,
    message: &str,
) -> Result<i64, PrintfError> {
    let mut value: i64 = 0;
    while let Some(digit) = chars.get(*position).and_then(|ch| ch.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|value| value.checked_add(i64::from(digit)))
            .filter(|&value| value <= limit)
            .ok_or_else(|| PrintfError::value_error(message))?;
        *position += 1;
    }
    Ok(value)
}

fn star_value(argument: PrintfArg) -> Result<i64, PrintfError> {
    match argument {
        PrintfArg::Int(value) => value.to_i32().map(i64::from).ok_or_else(|| {
            PrintfError::new(
                PrintfErrorKind::OverflowError,
                "Python int too large to convert to C int",
            )
        }),
        PrintfArg::Bool(value) => Ok(value as i64),
        _ => Err(PrintfError::type_error("* wants int")),
    }
}

/// `template % args`.
pub fn printf_format(template: &str, mut args: PrintfArgs<'_>) -> Result<String, PrintfError> {
    let chars: Vec<char> = template.chars().collect();
    let mut cursor = ArgumentCursor {
        args: &mut args,
        next: 0,
        keyed: None,
        keyed_used: false,
    };
    let mut out = String::with_capacity(template.len());
    let mut position = 0;
    while position < chars.len() {
        let ch = chars[position];
        position += 1;
        if ch != '%' {
            out.push(ch);
            continue;
        }
        // Only an immediate "%%" is a literal percent sign; "%5%" is an
        // unsupported conversion.
        if chars.get(position) == Some(&'%') {
            out.push('%');
            position += 1;
            continue;
        }
        let incomplete = || PrintfError::value_error("incomplete format");
        if chars.get(position) == Some(&'(') {
            let mut depth = 1;
            let key_start = position + 1;
            position += 1;
            while depth > 0 {
                match chars.get(position) {
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    Some(_) => {}
                    None => return Err(PrintfError::value_error("incomplete format key")),
                }
                position += 1;
            }
            let key: String = chars[key_start..position - 1].iter().collect();
            cursor.lookup(&key)?;
        }
        let mut flags = Flags::default();
        while let Some(&flag) = chars.get(position) {
            match flag {
                '-' => flags.left_justify = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            position += 1;
        }
        let mut width: i64 = -1;
        if chars.get(position) == Some(&'*') {
            position += 1;
            width = star_value(cursor.next_argument()?)?;
            if width < 0 {
                flags.left_justify = true;
                width = -width;
            }
        } else if chars.get(position).is_some_and(char::is_ascii_digit) {
            width = read_number(&chars, &mut position, i64::MAX, "width too big")?;
        }
        let mut precision: i64 = -1;
        if chars.get(position) == Some(&'.') {
            position += 1;
            if chars.get(position) == Some(&'*') {
                position += 1;
                precision = star_value(cursor.next_argument()?)?.max(0);
            } else {
                precision = read_number(
                    &chars,
                    &mut position,
                    i64::from(i32::MAX),
                    "precision too big",
                )?;
            }
        }
        if width > MAX_PADDED_LENGTH || precision > MAX_PADDED_LENGTH {
            return Err(PrintfError::new(PrintfErrorKind::MemoryError, ""));
        }
        let mut conversion = *chars.get(position).ok_or_else(incomplete)?;
        position += 1;
        if matches!(conversion, 'h' | 'l' | 'L') {
            conversion = *chars.get(position).ok_or_else(incomplete)?;
            position += 1;
        }
        let spec = Conversion {
            code: conversion,
            flags,
            width,
            precision,
            index: position - 1,
        };
        let argument = cursor.next_argument()?;
        spec.write(&argument, &mut out)?;
    }
    if !cursor.all_used() {
        return Err(PrintfError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

struct Conversion {
    code: char,
    flags: Flags,
    width: i64,
    precision: i64,
    /// The conversion character's index in the template, for messages.
    index: usize,
}

impl Conversion {
    fn write(&self, argument: &PrintfArg, out: &mut String) -> Result<(), PrintfError> {
        let (text, numeric) = match self.code {
            's' => (argument.str_text()?, false),
            'r' => (argument.repr_text()?, false),
            'a' => (ascii_escape(&argument.repr_text()?), false),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (self.format_int(argument)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (self.format_float(argument)?, true),
            'c' => (self.format_char(argument)?, false),
            other => {
                return Err(PrintfError::value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    if ('\x1f'..='~').contains(&other) {
                        other
                    } else {
                        '?'
                    },
                    other as u32,
                    self.index
                )))
            }
        };
        self.pad(&text, numeric, out);
        Ok(())
    }

    fn format_int(&self, argument: &PrintfArg) -> Result<String, PrintfError> {
        let value = match (self.code, argument) {
            ('o' | 'x' | 'X', PrintfArg::Float(_))
            | (_, PrintfArg::Str(_) | PrintfArg::Other { .. }) => {
                let expectation = if matches!(self.code, 'o' | 'x' | 'X') {
                    "an integer is required"
                } else {
                    "a real number is required"
                };
                return Err(PrintfError::type_error(format!(
                    "%{} format: {expectation}, not {}",
                    self.code,
                    argument.type_name()
                )));
            }
            _ => argument.to_int_truncating().expect("numbers convert")?,
        };
        let (digits, prefix) = match self.code {
            'o' => (value.magnitude().to_str_radix(8), "0o"),
            'x' | 'X' => (value.magnitude().to_str_radix(16), "0x"),
            _ => {
                let text = int_to_str(&value).map_err(PrintfError::value_error)?;
                (text.trim_start_matches('-').to_owned(), "")
            }
        };
        let mut text = String::with_capacity(digits.len() + 4);
        if value.is_negative() {
            text.push('-');
        }
        if self.flags.alternate {
            text.push_str(prefix);
        }
        let precision = self.precision.max(0) as usize;
        text.extend(std::iter::repeat_n(
            '0',
            precision.saturating_sub(digits.len()),
        ));
        text.push_str(&digits);
        if self.code == 'X' {
            text.make_ascii_uppercase();
        }
        Ok(text)
    }

    fn format_float(&self, argument: &PrintfArg) -> Result<String, PrintfError> {
        let value = argument.to_float()?;
        let style = match self.code {
            'e' | 'E' => FloatStyle::Exponent,
            'f' | 'F' => FloatStyle::Fixed,
            _ => FloatStyle::General,
        };
        let flags = FloatFlags {
            uppercase: self.code.is_ascii_uppercase(),
            alternate: self.flags.alternate,
            ..FloatFlags::default()
        };
        let precision = if self.precision < 0 {
            6
        } else {
            self.precision as usize
        };
        Ok(double_to_string(value, style, precision, flags))
    }

    fn format_char(&self, argument: &PrintfArg) -> Result<String, PrintfError> {
        let requires = || PrintfError::type_error("%c requires int or char");
        match argument {
            PrintfArg::Str(text) => {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(ch), None) => Ok(ch.to_string()),
                    _ => Err(requires()),
                }
            }
            PrintfArg::Int(_) | PrintfArg::Bool(_) => {
                let value = argument
                    .to_int_truncating()
                    .expect("ints convert")?
                    .to_i64()
                    .filter(|code| (0..0x110000).contains(code))
                    .ok_or_else(|| {
                        PrintfError::new(
                            PrintfErrorKind::OverflowError,
                            "%c arg not in range(0x110000)",
                        )
                    })?;
                char::from_u32(value as u32)
                    .map(String::from)
                    .ok_or_else(|| {
                        PrintfError::value_error(
                            "surrogate code points cannot be represented in a str",
                        )
                    })
            }
            _ => Err(requires()),
        }
    }

    /// CPython's `unicode_format_arg_output`: sign and `0x` prefix go
    /// before zero padding but after space padding.
    fn pad(&self, text: &str, numeric: bool, out: &mut String) {
        let flags = &self.flags;
        let mut body: Vec<char> = text.chars().collect();
        let truncates = matches!(self.code, 's' | 'r' | 'a');
        if truncates && self.precision >= 0 && body.len() > self.precision as usize {
            body.truncate(self.precision as usize);
        }
        let fill = if numeric && flags.zero { '0' } else { ' ' };
        let mut sign = None;
        let mut start = 0;
        if numeric {
            match body.first() {
                Some(&ch @ ('-' | '+')) => {
                    sign = Some(ch);
                    start = 1;
                }
                _ if flags.sign => sign = Some('+'),
                _ if flags.blank => sign = Some(' '),
                _ => {}
            }
        }
        let has_prefix = numeric && flags.alternate && matches!(self.code, 'x' | 'X' | 'o');
        let prefix: String = if has_prefix {
            body[start..start + 2].iter().collect()
        } else {
            String::new()
        };
        if has_prefix {
            start += 2;
        }
        let digits: String = body[start..].iter().collect();
        let length = body.len() - start;
        let used = length + sign.is_some() as usize + prefix.len();
        let padding = (self.width.max(0) as usize).saturating_sub(used);
        if fill == '0' {
            out.extend(sign);
            out.push_str(&prefix);
        }
        if !flags.left_justify {
            out.extend(std::iter::repeat_n(fill, padding));
        }
        if fill == ' ' {
            out.extend(sign);
            out.push_str(&prefix);
        }
        out.push_str(&digits);
        if flags.left_justify {
            out.extend(std::iter::repeat_n(' ', padding));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(template: &str, values: &[PrintfArg]) -> String {
        printf_format(template, PrintfArgs::Tuple(values)).unwrap()
    }

    #[test]
    fn numbers_with_flags() {
        let int = |value: i64| PrintfArg::Int(BigInt::from(value));
        assert_eq!(
            format("%05d|%-5d|%+d", &[int(-42), int(7), int(3)]),
            "-0042|7    |+3"
        );
        assert_eq!(
            format("%#08x|%#X|%o", &[int(255), int(255), int(8)]),
            "0x0000ff|0XFF|10"
        );
        assert_eq!(format("%.3d|% d", &[int(5), int(5)]), "005| 5");
        assert_eq!(format("%5.1f%%", &[PrintfArg::Float(99.94)]), " 99.9%");
    }

    #[test]
    fn argument_count_errors() {
        let too_few = printf_format("%s %s", PrintfArgs::Tuple(&[PrintfArg::Bool(true)]));
        assert_eq!(
            too_few.unwrap_err().message,
            "not enough arguments for format string"
        );
        let value = PrintfArg::Str("x".into());
        let unused = printf_format(
            "plain",
            PrintfArgs::Single {
                value: &value,
                mapping: None,
            },
        );
        assert_eq!(
            unused.unwrap_err().message,
            "not all arguments converted during string formatting"
        );
    }
}

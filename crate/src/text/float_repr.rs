//! Float to text the way CPython's `PyOS_double_to_string` does it: `repr`,
//! and the `e`, `f`, `g` styles shared by format specs and `%`-formatting.
//!
//! Digits come from Rust's formatter, which is correctly rounded (ties to
//! even on exact halves, as David Gay's `dtoa` used by CPython) and gives
//! the shortest round-tripping digits for `{:e}`; they are then laid out
//! following CPython's `format_float_short`.

/// Which of CPython's float layouts to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, a point, `precision` digits, an exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, switching to an exponent for
    /// very large or small magnitudes and dropping trailing zeros.
    General,
    /// `repr`: the shortest digits that round-trip, exponent outside
    /// `1e-4 <= |x| < 1e16`. Precision is ignored.
    Repr,
}

/// CPython's `Py_DTSF_*` options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `E`, `F`, `G`: capital `E`, `INF`, `NAN`.
    pub uppercase: bool,
    /// Show integral values as `1.0` rather than `1` (repr, and the format
    /// spec with no type).
    pub add_dot_0: bool,
    /// The `#` flag: always keep the point, and keep trailing zeros in `g`.
    pub alternate: bool,
    /// The `z` flag: no minus sign on a value that rounds to zero.
    pub no_negative_zero: bool,
}

/// `repr(x)` and `str(x)` for a float.
pub fn float_repr(value: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(value, FloatStyle::Repr, 0, flags)
}

/// CPython's `PyOS_double_to_string`, without the leading `+` option (the
/// callers place signs themselves).
pub fn double_to_string(
    value: f64,
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
) -> String {
    if !value.is_finite() {
        let word = match (value.is_nan(), flags.uppercase) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        // The sign of a NaN is never shown.
        return if value.is_sign_negative() && !value.is_nan() {
            format!("-{word}")
        } else {
            word.to_owned()
        };
    }
    let magnitude = value.abs();
    let (digits, decimal_point, precision) = match style {
        FloatStyle::Exponent => {
            let significant = precision + 1;
            let (digits, point) = significant_digits(magnitude, significant);
            (digits, point, significant)
        }
        FloatStyle::Fixed => {
            let (digits, point) = fixed_digits(magnitude, precision);
            (digits, point, precision)
        }
        FloatStyle::General => {
            let significant = precision.max(1);
            let (digits, point) = significant_digits(magnitude, significant);
            (digits, point, significant)
        }
        FloatStyle::Repr => {
            let (digits, point) = shortest_digits(magnitude);
            (digits, point, 0)
        }
    };
    let rounds_to_zero = digits.bytes().all(|digit| digit == b'0');
    let negative = value.is_sign_negative() && !(flags.no_negative_zero && rounds_to_zero);
    lay_out(
        negative,
        &digits,
        decimal_point,
        style,
        precision as i64,
        flags,
    )
}

/// Digits of `value` (positive, finite) without leading or trailing zeros,
/// and the decimal point position: `value = 0.DIGITS * 10**point`. Zero is
/// `("0", 1)`, as `dtoa` gives it.
fn split_scientific(text: &str) -> (String, i64) {
    let (mantissa, exponent) = text.split_once('e').expect("scientific notation");
    let exponent: i64 = exponent.parse().expect("exponent");
    let mut digits: String = mantissa.chars().filter(|&ch| ch != '.').collect();
    if digits.bytes().all(|digit| digit == b'0') {
        return ("0".to_owned(), 1);
    }
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    (digits, exponent + 1)
}

fn shortest_digits(value: f64) -> (String, i64) {
    split_scientific(&format!("{value:e}"))
}

fn significant_digits(value: f64, count: usize) -> (String, i64) {
    split_scientific(&format!("{:.*e}", count - 1, value))
}

fn fixed_digits(value: f64, after_point: usize) -> (String, i64) {
    let text = format!("{value:.after_point$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let all_digits = format!("{whole}{fraction}");
    let leading_zeros = all_digits.len() - all_digits.trim_start_matches('0').len();
    let significant = all_digits[leading_zeros..].trim_end_matches('0');
    if significant.is_empty() {
        return ("0".to_owned(), 1);
    }
    let point = whole.len() as i64 - leading_zeros as i64;
    (significant.to_owned(), point)
}

/// CPython's `format_float_short` layout: the digits are a window on an
/// infinite string of zeros, with the point placed inside the window.
fn lay_out(
    negative: bool,
    digits: &str,
    decimal_point: i64,
    style: FloatStyle,
    precision: i64,
    flags: FloatFlags,
) -> String {
    let digit_count = digits.len() as i64;
    let mut window_end = digit_count;
    let mut use_exponent = false;
    match style {
        FloatStyle::Exponent => {
            use_exponent = true;
            window_end = precision;
        }
        FloatStyle::Fixed => window_end = decimal_point + precision,
        FloatStyle::General => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exponent = decimal_point <= -4 || decimal_point > limit;
            if flags.alternate {
                window_end = precision;
            }
        }
        FloatStyle::Repr => use_exponent = decimal_point <= -4 || decimal_point > 16,
    }
    let (point, exponent) = if use_exponent {
        (1, decimal_point - 1)
    } else {
        (decimal_point, 0)
    };
    let window_start = if point <= 0 { point - 1 } else { 0 };
    let minimum_end = if !use_exponent && flags.add_dot_0 {
        point + 1
    } else {
        point
    };
    let window_end = window_end.max(minimum_end);

    let mut out = String::with_capacity((window_end - window_start) as usize + 8);
    if negative {
        out.push('-');
    }
    let push_zeros = |out: &mut String, count: i64| {
        for _ in 0..count.max(0) {
            out.push('0');
        }
    };
    if point <= 0 {
        push_zeros(&mut out, point - window_start);
        out.push('.');
        push_zeros(&mut out, -point);
    } else {
        push_zeros(&mut out, -window_start);
    }
    if 0 < point && point <= digit_count {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    } else {
        out.push_str(digits);
    }
    if digit_count < point {
        push_zeros(&mut out, point - digit_count);
        out.push('.');
        push_zeros(&mut out, window_end - point);
    } else {
        push_zeros(&mut out, window_end - digit_count);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exponent {
        out.push(if flags.uppercase { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        let magnitude = exponent.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_switches_to_exponents_at_cpython_thresholds() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1234567890123456.0), "1234567890123456.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
    }

    #[test]
    fn exact_halves_round_to_even() {
        let fixed = |value, precision| {
            double_to_string(value, FloatStyle::Fixed, precision, FloatFlags::default())
        };
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(2.675, 2), "2.67");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(-0.0001, 2), "-0.00");
    }
}

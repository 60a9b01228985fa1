//! Arithmetic on ints (machine-sized with exact big-int fallback), floats
//! and bools, with CPython's results and error messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::builtins::types::ExcType;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;

/// Results larger than this many bits are refused with `MemoryError`
/// instead of freezing the page computing them.
const MAX_RESULT_BITS: u64 = 64 * 1024 * 1024;

pub enum Operand {
    Int(BigInt),
    Float(f64),
}

pub fn operand(value: &Value) -> Option<Operand> {
    match value {
        Value::Int(i) => Some(Operand::Int(BigInt::from(*i))),
        Value::Bool(b) => Some(Operand::Int(BigInt::from(u8::from(*b)))),
        Value::BigInt(i) => Some(Operand::Int((**i).clone())),
        Value::Float(f) => Some(Operand::Float(*f)),
        _ => None,
    }
}

pub fn int_to_float(value: &BigInt) -> PyResult<f64> {
    match value.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Exc::overflow("int too large to convert to float")),
    }
}

/// Fast path for two machine ints; `None` when the result needs the slow
/// path (overflow, division, big results).
#[inline]
pub fn small_int_op(op: BinOp, a: i64, b: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mult => a.checked_mul(b)?,
        BinOp::FloorDiv if b != 0 => a
            .checked_div_euclid(b)
            .map(|_| Integer::div_floor(&a, &b))?,
        BinOp::Mod if b != 0 => {
            if a == i64::MIN && b == -1 {
                0
            } else {
                Integer::mod_floor(&a, &b)
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift if (0..63).contains(&b) => {
            let shifted = a.checked_shl(b as u32)?;
            if shifted >> b != a {
                return None;
            }
            shifted
        }
        BinOp::RShift if b >= 0 => {
            if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }
        }
        _ => return None,
    }))
}

/// Arithmetic where both operands are numbers; `None` if `op` does not
/// apply to these operand types.
pub fn numeric_op(op: BinOp, left: Operand, right: Operand) -> Option<PyResult<Value>> {
    Some(match (left, right) {
        (Operand::Int(a), Operand::Int(b)) => int_op(op, a, b)?,
        (Operand::Float(a), Operand::Int(b)) => match int_to_float(&b) {
            Ok(b) => float_op(op, a, b)?,
            Err(exc) => Err(exc),
        },
        (Operand::Int(a), Operand::Float(b)) => match int_to_float(&a) {
            Ok(a) => float_op(op, a, b)?,
            Err(exc) => Err(exc),
        },
        (Operand::Float(a), Operand::Float(b)) => float_op(op, a, b)?,
    })
}

fn int_op(op: BinOp, a: BigInt, b: BigInt) -> Option<PyResult<Value>> {
    Some(Ok(Value::from_bigint(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => {
            if a.bits() + b.bits() > MAX_RESULT_BITS {
                return Some(Err(too_large()));
            }
            a * b
        }
        BinOp::Div => return Some(true_divide(&a, &b)),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Some(Err(Exc::zero_division(
                    "integer division or modulo by zero",
                )));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Some(Err(Exc::zero_division("integer modulo by zero")));
            }
            a.mod_floor(&b)
        }
        BinOp::Pow => return Some(int_power(&a, &b)),
        BinOp::LShift => {
            if b.is_negative() {
                return Some(Err(Exc::value_error("negative shift count")));
            }
            let Some(shift) = b.to_u64().filter(|s| a.bits() + s <= MAX_RESULT_BITS) else {
                return Some(if a.is_zero() {
                    Ok(Value::Int(0))
                } else {
                    Err(too_large())
                });
            };
            a << shift
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Some(Err(Exc::value_error("negative shift count")));
            }
            match b.to_u64() {
                Some(shift) if shift < a.bits() + 1 => a >> shift,
                _ => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::MatMult => return None,
    })))
}

fn too_large() -> Exc {
    Exc::new(ExcType::MemoryError, "")
}

fn int_power(base: &BigInt, exponent: &BigInt) -> PyResult<Value> {
    if exponent.is_negative() {
        let base = int_to_float(base)?;
        let exponent = int_to_float(exponent)?;
        if base == 0.0 {
            return Err(Exc::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return float_power(base, exponent);
    }
    if base.is_zero() || base.is_one() {
        return Ok(Value::from_bigint(if exponent.is_zero() {
            BigInt::one()
        } else {
            base.clone()
        }));
    }
    if *base == BigInt::from(-1) {
        return Ok(Value::Int(if exponent.is_even() { 1 } else { -1 }));
    }
    let Some(exponent) = exponent.to_u64() else {
        return Err(too_large());
    };
    if base.bits().saturating_mul(exponent) > MAX_RESULT_BITS {
        return Err(too_large());
    }
    Ok(Value::from_bigint(num_traits::pow::Pow::pow(
        base, exponent,
    )))
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(Exc::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(Value::Float(x as f64 / y as f64));
        }
    }
    // Scale so the integer quotient carries 55+ significant bits, then let
    // the conversion round; a sticky bit keeps ties honest.
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 55 + b.bits() as i64 - a.bits() as i64;
    let (numerator, denominator) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (quotient, remainder) = numerator.div_rem(&denominator);
    let quotient = if remainder.is_zero() {
        quotient
    } else {
        (quotient << 1u32) | BigInt::one()
    };
    let extra = if remainder.is_zero() { 0 } else { 1 };
    let mantissa = quotient.to_f64().unwrap_or(f64::INFINITY);
    let exponent = -(shift as i32) - extra;
    let value = mantissa * 2f64.powi(exponent.clamp(-1100, 1100));
    let value = if !(-1100..=1100).contains(&exponent) {
        scale_exact(mantissa, exponent)
    } else {
        value
    };
    if value.is_infinite() {
        return Err(Exc::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(Value::Float(if negative { -value } else { value }))
}

fn scale_exact(mantissa: f64, exponent: i32) -> f64 {
    let mut value = mantissa;
    let mut remaining = exponent;
    while remaining > 0 {
        let step = remaining.min(1000);
        value *= 2f64.powi(step);
        remaining -= step;
    }
    while remaining < 0 {
        let step = (-remaining).min(1000);
        value /= 2f64.powi(step);
        remaining += step;
    }
    value
}

fn float_op(op: BinOp, a: f64, b: f64) -> Option<PyResult<Value>> {
    Some(Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Some(Err(Exc::zero_division("float division by zero")));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Some(Err(Exc::zero_division("float floor division by zero")));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Some(Err(Exc::zero_division("float modulo")));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return Some(float_power(a, b)),
        _ => return None,
    })))
}

/// CPython's `float_divmod`: floor quotient and a remainder with the sign
/// of the divisor.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut modulo = a % b;
    let mut division = (a - modulo) / b;
    if modulo != 0.0 {
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
            division -= 1.0;
        }
    } else {
        modulo = 0f64.copysign(b);
    }
    let floor_division = if division != 0.0 {
        let mut floored = division.floor();
        if division - floored > 0.5 {
            floored += 1.0;
        }
        floored
    } else {
        0f64.copysign(a / b)
    };
    (floor_division, modulo)
}

pub fn float_power(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(Exc::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(Exc::not_implemented(
            "complex numbers are not supported by Yieldscope",
        ));
    }
    let result = a.powf(b);
    if result.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(Exc::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(result))
}

/// The symbol CPython uses in "unsupported operand type(s) for +".
pub fn operator_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

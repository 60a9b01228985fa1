//! CPython 3.11's hash functions (64-bit build, `PYTHONHASHSEED=0`).
//!
//! Numbers hash by their value modulo the Mersenne prime 2**61 - 1 so that
//! equal ints, floats and bools hash alike. Strings use SipHash-1-3 keyed
//! with zeros over the string's compact internal buffer (Latin-1, UCS-2 or
//! UCS-4, whichever the widest character needs).
//!
//! Some hashes in CPython 3.11 come from object addresses: `None`, NaN and
//! objects without `__hash__`. They vary between CPython runs, so no output
//! that depends on them can be matched; callers pass any stable identity to
//! [`hash_pointer`] or [`hash_float`].

use num_bigint::{BigInt, Sign};

/// The hash modulus, 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const MODULUS_BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const INFINITY_HASH: i64 = 314_159;

/// -1 is CPython's error return, so a hash that would be -1 becomes -2.
#[inline]
fn avoid_minus_one(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `hash(int)` for a machine-sized int.
#[inline]
pub fn hash_i64(value: i64) -> i64 {
    if (0..MODULUS as i64).contains(&value) {
        return value;
    }
    let magnitude = (value.unsigned_abs() % MODULUS) as i64;
    avoid_minus_one(if value < 0 { -magnitude } else { magnitude })
}

/// `hash(int)` for any int.
pub fn hash_int(value: &BigInt) -> i64 {
    let (sign, digits) = value.to_u64_digits();
    let magnitude = digits.iter().rev().fold(0u64, |acc, &digit| {
        (((acc as u128) << 64 | digit as u128) % MODULUS as u128) as u64
    }) as i64;
    avoid_minus_one(if sign == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `hash(True)` and `hash(False)`.
#[inline]
pub fn hash_bool(value: bool) -> i64 {
    value as i64
}

/// `hash(float)`. A NaN hashes by identity in 3.11, so the caller supplies
/// the float object's identity (any stable address-like number); it is
/// ignored for every other value.
pub fn hash_float(value: f64, nan_identity: u64) -> i64 {
    if value.is_nan() {
        return hash_pointer(nan_identity);
    }
    if value.is_infinite() {
        return if value > 0.0 {
            INFINITY_HASH
        } else {
            -INFINITY_HASH
        };
    }
    if value == 0.0 {
        return 0;
    }
    let bits = value.to_bits();
    let biased_exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // value = mantissa * 2**exponent exactly, with mantissa < 2**53 < MODULUS.
    let (mantissa, exponent) = if biased_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exponent - 1075)
    };
    // 2**61 = 1 (mod MODULUS), so multiplying by 2**e is a 61-bit rotation.
    let shift = exponent.rem_euclid(MODULUS_BITS as i64) as u32;
    let rotated = if shift == 0 {
        mantissa
    } else {
        ((mantissa << shift) & MODULUS) | (mantissa >> (MODULUS_BITS - shift))
    };
    let rotated = rotated as i64;
    avoid_minus_one(if value < 0.0 { -rotated } else { rotated })
}

/// `hash(complex)`: the real part's hash plus 1000003 times the imaginary
/// part's, in wrapping unsigned arithmetic.
pub fn hash_complex(real_hash: i64, imaginary_hash: i64) -> i64 {
    let combined = (real_hash as u64).wrapping_add((imaginary_hash as u64).wrapping_mul(1_000_003));
    avoid_minus_one(combined as i64)
}

/// CPython's `_Py_HashPointer`: the default `object.__hash__`, used in 3.11
/// by `None`, NaN floats and instances without `__hash__`. The low four
/// bits of an address are always zero, so they are rotated away.
#[inline]
pub fn hash_pointer(address: u64) -> i64 {
    avoid_minus_one(address.rotate_right(4) as i64)
}

/// `hash(str)`.
pub fn hash_str(text: &str) -> i64 {
    if text.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new(0, 0);
    let widest = if text.is_ascii() {
        0x7f
    } else {
        text.chars().map(u32::from).max().unwrap_or(0)
    };
    if widest < 0x80 {
        hasher.write(text.as_bytes());
    } else if widest < 0x100 {
        text.chars().for_each(|ch| hasher.write_u8(ch as u8));
    } else if widest < 0x1_0000 {
        text.chars()
            .for_each(|ch| hasher.write(&(ch as u16).to_le_bytes()));
    } else {
        text.chars()
            .for_each(|ch| hasher.write(&(ch as u32).to_le_bytes()));
    }
    avoid_minus_one(hasher.finish() as i64)
}

/// `hash(bytes)`.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new(0, 0);
    hasher.write(data);
    avoid_minus_one(hasher.finish() as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)` from the hashes of its items (3.11's xxHash-derived
/// tuplehash).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut accumulator = XXPRIME_5;
    for &lane in item_hashes {
        accumulator = accumulator.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        accumulator = accumulator.rotate_left(31);
        accumulator = accumulator.wrapping_mul(XXPRIME_1);
    }
    // Mixing the length in this way keeps hash(()) at its historical value.
    accumulator = accumulator.wrapping_add(item_hashes.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
    if accumulator == u64::MAX {
        return 1_546_275_796;
    }
    accumulator as i64
}

/// `hash(frozenset)` from the hashes of its members, in any order.
pub fn hash_frozenset(member_hashes: impl IntoIterator<Item = i64>) -> i64 {
    fn shuffle_bits(hash: u64) -> u64 {
        ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167)
    }
    let mut count = 0u64;
    let mut hash = 0u64;
    for member in member_hashes {
        hash ^= shuffle_bits(member as u64);
        count += 1;
    }
    hash ^= (count + 1).wrapping_mul(1_927_868_237);
    // Spreads patterns that nested frozensets would otherwise produce.
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

/// SipHash-1-3 (one compression round, three finalisation rounds), fed
/// incrementally so that wide strings need no intermediate buffer.
struct SipHasher13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    pending: u64,
    pending_bytes: u32,
    total_length: u64,
}

impl SipHasher13 {
    fn new(key0: u64, key1: u64) -> Self {
        SipHasher13 {
            v0: key0 ^ 0x736f_6d65_7073_6575,
            v1: key1 ^ 0x646f_7261_6e64_6f6d,
            v2: key0 ^ 0x6c79_6765_6e65_7261,
            v3: key1 ^ 0x7465_6462_7974_6573,
            pending: 0,
            pending_bytes: 0,
            total_length: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, word: u64) {
        self.v3 ^= word;
        self.round();
        self.v0 ^= word;
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.pending |= (byte as u64) << (8 * self.pending_bytes);
        self.pending_bytes += 1;
        self.total_length += 1;
        if self.pending_bytes == 8 {
            let word = self.pending;
            self.compress(word);
            self.pending = 0;
            self.pending_bytes = 0;
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while self.pending_bytes != 0 && !rest.is_empty() {
            self.write_u8(rest[0]);
            rest = &rest[1..];
        }
        let mut words = rest.chunks_exact(8);
        for chunk in &mut words {
            let word = u64::from_le_bytes(chunk.try_into().expect("chunk of eight"));
            self.compress(word);
        }
        self.total_length += (rest.len() - words.remainder().len()) as u64;
        for &byte in words.remainder() {
            self.write_u8(byte);
        }
    }

    fn finish(mut self) -> u64 {
        let last = self.pending | (self.total_length << 56);
        self.compress(last);
        self.v2 ^= 0xff;
        self.round();
        self.round();
        self.round();
        (self.v0 ^ self.v1) ^ (self.v2 ^ self.v3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minus_one_is_reserved() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_int(&BigInt::from(-1)), -2);
        assert_eq!(hash_float(-1.0, 0), -2);
    }

    #[test]
    fn equal_numbers_hash_alike() {
        for value in [0i64, 1, -7, 1 << 40, -(1 << 62), i64::MAX, i64::MIN] {
            assert_eq!(hash_i64(value), hash_int(&BigInt::from(value)));
        }
        assert_eq!(hash_float(3.0, 0), 3);
        assert_eq!(hash_float(-0.0, 0), 0);
        assert_eq!(hash_bool(true), hash_i64(1));
    }

    #[test]
    fn empty_containers() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_frozenset([]), 133_146_708_735_736);
    }
}

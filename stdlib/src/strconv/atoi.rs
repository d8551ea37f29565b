//! Owns integer and bool parsing with the results of Go's `ParseUint`,
//! `ParseInt`, `Atoi` and `ParseBool`: base prefixes and underscores for
//! base 0, the value returned with each error, and the order in which
//! errors are found. Must not know float parsing.

use super::{NumError, NumErrorKind};

/// Whether `s` places its underscores as Go allows in numbers written with
/// base 0: each one right after a digit or the `0b`/`0o`/`0x` prefix, and
/// right before a digit (hex letters are digits after `0x`). A leading sign
/// is skipped.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let s = match s.first() {
        Some(b'+' | b'-') => &s[1..],
        _ => s,
    };
    let prefix = s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x');
    let hex = prefix && s[1] | 0x20 == b'x';
    let is_digit = |c: u8| c.is_ascii_digit() || (hex && matches!(c | 0x20, b'a'..=b'f'));
    let body = if prefix { 2 } else { 0 };
    s.iter().enumerate().skip(body).filter(|(_, &c)| c == b'_').all(|(at, _)| {
        let after_digit_or_prefix = if at == body { prefix } else { is_digit(s[at - 1]) };
        after_digit_or_prefix && s.get(at + 1).is_some_and(|&c| is_digit(c))
    })
}

/// The value of one digit character in bases up to 36.
fn digit_value(c: u8) -> Option<u64> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u64),
        b'a'..=b'z' | b'A'..=b'Z' => Some(((c | 0x20) - b'a') as u64 + 10),
        _ => None,
    }
}

/// The base to read `s` in and the digits that follow any prefix. Base 0
/// picks it from the prefix (`0b`, `0o`, `0x`, or a bare leading `0` for
/// octal), defaulting to 10.
fn choose_base(s: &[u8], base: i64) -> Result<(u64, &[u8]), NumErrorKind> {
    match base {
        2..=36 => Ok((base as u64, s)),
        0 if s.len() >= 3 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') => {
            let radix = match s[1] | 0x20 {
                b'b' => 2,
                b'o' => 8,
                _ => 16,
            };
            Ok((radix, &s[2..]))
        }
        0 if s.first() == Some(&b'0') => Ok((8, &s[1..])),
        0 => Ok((10, s)),
        _ => Err(NumErrorKind::Base(base)),
    }
}

/// Bit size 0 means 64 (minigo's `int`); sizes past 64 are errors.
fn bits_of(bit_size: i64) -> Result<u32, NumErrorKind> {
    match bit_size {
        0 => Ok(64),
        1..=64 => Ok(bit_size as u32),
        _ => Err(NumErrorKind::BitSize(bit_size)),
    }
}

/// `ParseUint` without the function name: on failure, the value Go returns
/// (the type's maximum for out-of-range input, else 0) and the reason.
/// Characters are checked left to right, so an overflow reported before a
/// later bad character wins; underscores are judged last.
fn unsigned(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumErrorKind)> {
    let fail = |kind| (0, kind);
    if s.is_empty() {
        return Err(fail(NumErrorKind::Syntax));
    }
    let (radix, digits) = choose_base(s, base).map_err(fail)?;
    let bits = bits_of(bit_size).map_err(fail)?;
    let max = u64::MAX >> (64 - bits);
    let mut saw_underscore = false;
    let mut total: u64 = 0;
    for &c in digits {
        if c == b'_' && base == 0 {
            saw_underscore = true;
            continue;
        }
        let d = match digit_value(c) {
            Some(d) if d < radix => d,
            _ => return Err(fail(NumErrorKind::Syntax)),
        };
        total = match total.checked_mul(radix).and_then(|t| t.checked_add(d)) {
            Some(t) if t <= max => t,
            _ => return Err((max, NumErrorKind::Range)),
        };
    }
    if saw_underscore && !underscore_ok(s) {
        return Err(fail(NumErrorKind::Syntax));
    }
    Ok(total)
}

/// Go's `ParseUint`; on error the value Go returns travels with the error.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumError)> {
    unsigned(s, base, bit_size).map_err(|(v, k)| (v, NumError::new("ParseUint", s, k)))
}

/// `ParseInt` without the function name: an optional sign, then the
/// magnitude as `unsigned` reads it, clamped to the signed range.
fn signed(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumErrorKind)> {
    let (negative, magnitude_text) = match s.first() {
        None => return Err((0, NumErrorKind::Syntax)),
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        Some(_) => (false, s),
    };
    let magnitude = match unsigned(magnitude_text, base, bit_size) {
        Ok(m) | Err((m, NumErrorKind::Range)) => m,
        Err((_, kind)) => return Err((0, kind)),
    };
    // `unsigned` accepted the bit size, so it is 1..=64 here.
    let bits = bits_of(bit_size).unwrap_or(64);
    let most_negative = 1u64 << (bits - 1);
    match negative {
        false if magnitude >= most_negative => Err(((most_negative - 1) as i64, NumErrorKind::Range)),
        true if magnitude > most_negative => Err(((most_negative as i64).wrapping_neg(), NumErrorKind::Range)),
        false => Ok(magnitude as i64),
        true => Ok((magnitude as i64).wrapping_neg()),
    }
}

/// Go's `ParseInt`; on error the value Go returns travels with the error.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumError)> {
    signed(s, base, bit_size).map_err(|(v, k)| (v, NumError::new("ParseInt", s, k)))
}

/// Go's `Atoi`.
pub fn atoi(s: &[u8]) -> Result<i64, (i64, NumError)> {
    signed(s, 10, 0).map_err(|(v, k)| (v, NumError::new("Atoi", s, k)))
}

/// Go's `ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumError> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
    }
}

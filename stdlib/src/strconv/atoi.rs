//! Owns Go's integer and bool parsing (`ParseUint`, `ParseInt`, `Atoi`,
//! `ParseBool`), including the underscore rule for base-prefixed input.
//! Must not know float parsing.

use super::{NumError, NumErrorKind};

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's `underscoreOK`: underscores only between digits, after a base prefix.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

fn parse_uint_kind(s0: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumErrorKind)> {
    if s0.is_empty() {
        return Err((0, NumErrorKind::Syntax));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && matches!(lower(s[1]), b'b' | b'o' | b'x') {
                    let b = match lower(s[1]) {
                        b'b' => 2,
                        b'o' => 8,
                        _ => 16,
                    };
                    s = &s[2..];
                    b
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return Err((0, NumErrorKind::Base(base))),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err((0, NumErrorKind::BitSize(bit_size))),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return Err((0, NumErrorKind::Syntax)),
        };
        if d as u64 >= base {
            return Err((0, NumErrorKind::Syntax));
        }
        if n >= cutoff {
            return Err((max_val, NumErrorKind::Range));
        }
        n *= base;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return Err((max_val, NumErrorKind::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err((0, NumErrorKind::Syntax));
    }
    Ok(n)
}

/// Go's `ParseUint`; on error the value Go returns travels with the error.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumError)> {
    parse_uint_kind(s, base, bit_size).map_err(|(v, k)| (v, NumError::new("ParseUint", s, k)))
}

fn parse_int_kind(s0: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumErrorKind)> {
    if s0.is_empty() {
        return Err((0, NumErrorKind::Syntax));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let un = match parse_uint_kind(s, base, bit_size) {
        Ok(v) => v,
        Err((v, NumErrorKind::Range)) => v,
        Err((_, k)) => return Err((0, k)),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, NumErrorKind::Range));
    }
    if neg && un > cutoff {
        return Err(((cutoff as i64).wrapping_neg(), NumErrorKind::Range));
    }
    let n = un as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// Go's `ParseInt`; on error the value Go returns travels with the error.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumError)> {
    parse_int_kind(s, base, bit_size).map_err(|(v, k)| (v, NumError::new("ParseInt", s, k)))
}

/// Go's `Atoi`.
pub fn atoi(s: &[u8]) -> Result<i64, (i64, NumError)> {
    parse_int_kind(s, 10, 0).map_err(|(v, k)| (v, NumError::new("Atoi", s, k)))
}

/// Go's `ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumError> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
    }
}

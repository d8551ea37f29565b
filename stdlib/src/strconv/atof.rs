//! Owns Go's `ParseFloat`: Go's accepted syntax (sign, `inf`/`infinity`/`nan`,
//! decimal and `0x` hex mantissas with `p` exponents, underscores only after a
//! base prefix), correctly rounded results (Rust's parser for decimal, Go's
//! `atofHex` for hex), and `value out of range` with ±Inf on overflow.
//! Must not know integer parsing beyond the shared underscore rule.

use super::atoi::underscore_ok;
use super::{NumError, NumErrorKind};

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// The NaN Go's `math.NaN()` and `ParseFloat` return (bits `0x7FF8000000000001`).
pub const GO_NAN: f64 = f64::from_bits(0x7FF8_0000_0000_0001);

/// Go's `special`: a leading infinity or NaN; returns the value and bytes used.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix_len = |s: &[u8], word: &[u8]| s.iter().zip(word).take_while(|(a, b)| lower(**a) == **b).count();
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        _ => (1.0, 0, s),
    };
    match rest.first().map(|c| lower(*c)) {
        Some(b'i') => {
            let mut n = prefix_len(rest, b"infinity");
            if 3 < n && n < 8 {
                n = 3;
            }
            (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
        }
        Some(b'n') if nsign == 0 && prefix_len(rest, b"nan") == 3 => Some((GO_NAN, 3)),
        _ => None,
    }
}

/// What `readFloat` found: the mantissa's significant digits and the layout.
struct Mantissa {
    value: u64,
    exp: i32,
    neg: bool,
    trunc: bool,
    hex: bool,
    len: usize,
}

/// Go's `readFloat`: scans the longest float prefix; `None` on a syntax error.
fn read_float(s: &[u8]) -> Option<Mantissa> {
    let mut i = 0;
    let mut neg = false;
    let mut underscores = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            neg = true
        }
        _ => {}
    }
    let (mut base, mut max_digits, mut exp_char, mut hex) = (10u64, 19, b'e', false);
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        (base, max_digits, exp_char, hex) = (16, 16, b'p', true);
        i += 2;
    }
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i32, 0i32, 0i32);
    let mut mantissa = 0u64;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        let digit = match c {
            b'_' => {
                underscores = true;
                i += 1;
                continue;
            }
            b'.' => {
                if sawdot {
                    break;
                }
                sawdot = true;
                dp = nd;
                i += 1;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u64,
            _ if base == 16 && (b'a'..=b'f').contains(&lower(c)) => (lower(c) - b'a' + 10) as u64,
            _ => break,
        };
        sawdigits = true;
        i += 1;
        if digit == 0 && nd == 0 && c == b'0' {
            dp -= 1;
            continue;
        }
        nd += 1;
        if nd_mant < max_digits {
            mantissa = mantissa * base + digit;
            nd_mant += 1;
        } else if digit != 0 {
            trunc = true;
        }
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i) {
            Some(b'+') => i += 1,
            Some(b'-') => {
                i += 1;
                esign = -1
            }
            _ => {}
        }
        if !s.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut e = 0i32;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i32;
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(Mantissa { value: mantissa, exp, neg, trunc, hex, len: i })
}

/// Go's `atofHex`: rounds a hex mantissa to the float format, ties to even.
fn atof_hex(m: &Mantissa, bit_size: u32) -> (f64, bool) {
    let (mant_bits, exp_bits, bias) = if bit_size == 32 { (23u32, 8u32, -127i32) } else { (52, 11, -1023) };
    let max_exp = (1 << exp_bits) + bias - 2;
    let min_exp = bias + 1;
    let mut mantissa = m.value;
    let mut exp = m.exp + mant_bits as i32;
    while mantissa != 0 && mantissa >> (mant_bits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if m.trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mant_bits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mant_bits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mant_bits == 0 {
        exp = bias;
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mant_bits;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut bits = mantissa & ((1 << mant_bits) - 1);
    bits |= (((exp - bias) & ((1 << exp_bits) - 1)) as u64) << mant_bits;
    if m.neg {
        bits |= 1 << mant_bits << exp_bits;
    }
    let f = if bit_size == 32 { f32::from_bits(bits as u32) as f64 } else { f64::from_bits(bits) };
    (f, overflow)
}

/// Go's `ParseFloat(s, bitSize)`: on error the value Go returns (0 for a
/// syntax error, ±Inf for a range error) travels with the error.
pub fn parse_float(s: &[u8], bit_size: i64) -> Result<f64, (f64, NumError)> {
    let syntax = || (0.0, NumError::new("ParseFloat", s, NumErrorKind::Syntax));
    let bits = if bit_size == 32 { 32 } else { 64 };
    if let Some((v, n)) = special(s) {
        let v = if bits == 32 { v as f32 as f64 } else { v };
        return if n == s.len() { Ok(v) } else { Err(syntax()) };
    }
    let m = read_float(s).ok_or_else(syntax)?;
    if m.len != s.len() {
        return Err(syntax());
    }
    let (value, overflow) = if m.hex {
        atof_hex(&m, bits)
    } else {
        let clean: String = s.iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
        let v = if bits == 32 {
            clean.parse::<f32>().map(|v| v as f64)
        } else {
            clean.parse::<f64>()
        };
        let v = v.map_err(|_| syntax())?;
        (v, v.is_infinite())
    };
    if overflow {
        return Err((value, NumError::new("ParseFloat", s, NumErrorKind::Range)));
    }
    Ok(value)
}

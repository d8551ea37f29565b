//! Owns float parsing with the results of Go's `ParseFloat`: the spellings
//! Go accepts (sign, `inf`/`infinity`/`nan` in any case, decimal or `0x` hex
//! mantissas with `e`/`p` exponents, underscores placed as for integers),
//! correctly rounded values (Rust's parser for decimal, exact binary rounding
//! for hex), and `value out of range` with ±Inf on overflow.
//! Must not know integer parsing beyond the shared underscore rule.

use super::atoi::underscore_ok;
use super::{NumError, NumErrorKind};

/// The NaN Go's `math.NaN()` and `ParseFloat` return (bits `0x7FF8000000000001`).
pub const GO_NAN: f64 = f64::from_bits(0x7FF8_0000_0000_0001);

/// An infinity or NaN at the start of `s`, and how many bytes it takes.
/// Infinity may be signed and spelled `inf` or `infinity` (a longer partial
/// spelling still takes three bytes); NaN may not be signed.
fn special_value(s: &[u8]) -> Option<(f64, usize)> {
    let (negative, sign_len) = match s.first()? {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[sign_len..];
    let matching = |word: &[u8]| rest.iter().zip(word).take_while(|(c, w)| c.to_ascii_lowercase() == **w).count();
    let infinity = if negative { f64::NEG_INFINITY } else { f64::INFINITY };
    match matching(b"infinity") {
        8 => Some((infinity, sign_len + 8)),
        3..=7 => Some((infinity, sign_len + 3)),
        _ if sign_len == 0 && matching(b"nan") == 3 => Some((GO_NAN, 3)),
        _ => None,
    }
}

/// Where the longest float spelling at the start of `s` ends, and whether it
/// is hex: a sign, `0x` (only with something after it), digits and
/// underscores with at most one point (at least one digit), then an exponent
/// marker (`e`, or `p` — required — after a hex mantissa) with an optional
/// sign, a digit, and more digits or underscores. `None` for no spelling.
fn spelling_end(s: &[u8]) -> Option<(usize, bool)> {
    let mut at = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let hex = s.len() > at + 2 && s[at] == b'0' && s[at + 1] | 0x20 == b'x';
    if hex {
        at += 2;
    }
    let is_digit = |c: u8| c.is_ascii_digit() || (hex && matches!(c | 0x20, b'a'..=b'f'));
    let (mut any_digit, mut point) = (false, false);
    while let Some(&c) = s.get(at) {
        match c {
            b'_' => {}
            b'.' if !point => point = true,
            c if is_digit(c) => any_digit = true,
            _ => break,
        }
        at += 1;
    }
    if !any_digit {
        return None;
    }
    let marker = if hex { b'p' } else { b'e' };
    if s.get(at).is_some_and(|&c| c | 0x20 == marker) {
        at += 1;
        if matches!(s.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        if !s.get(at).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while s.get(at).is_some_and(|&c| c.is_ascii_digit() || c == b'_') {
            at += 1;
        }
    } else if hex {
        return None;
    }
    Some((at, hex))
}

/// The value of a complete hex spelling (checked by `spelling_end`) at
/// `bits` bits, and whether it overflowed to infinity.
fn hex_value(text: &[u8], bits: u32) -> (f64, bool) {
    let negative = text[0] == b'-';
    let body = &text[usize::from(matches!(text[0], b'+' | b'-')) + 2..];
    let marker = body.iter().position(|&c| c | 0x20 == b'p').unwrap_or(body.len());
    let (mantissa_text, exponent_text) = body.split_at(marker);
    // The written exponent; like Go, stop accumulating digits once it
    // passes 10000 (such values overflow or vanish anyway).
    let mut exponent: i64 = 0;
    let mut exponent_negative = false;
    for &c in exponent_text.iter().skip(1) {
        match c {
            b'-' => exponent_negative = true,
            b'0'..=b'9' if exponent < 10_000 => exponent = exponent * 10 + (c - b'0') as i64,
            _ => {}
        }
    }
    if exponent_negative {
        exponent = -exponent;
    }
    // Up to 64 bits of mantissa; digits past them only shift the exponent
    // and say whether anything non-zero was dropped.
    let (mut mantissa, mut dropped_nonzero, mut nibble_shift) = (0u64, false, 0i64);
    let mut after_point = false;
    for &c in mantissa_text {
        let Some(d) = (c as char).to_digit(16) else {
            after_point |= c == b'.';
            continue;
        };
        if mantissa >> 60 == 0 {
            mantissa = mantissa << 4 | d as u64;
            nibble_shift -= i64::from(after_point);
        } else {
            dropped_nonzero |= d != 0;
            nibble_shift += i64::from(!after_point);
        }
    }
    round_binary(negative, mantissa, dropped_nonzero, 4 * nibble_shift + exponent, bits)
}

/// Rounds `(mantissa + a fraction that is non-zero when `sticky`) × 2^exp2`
/// to the nearest float of `bits` bits, ties to even, with gradual
/// underflow; says whether it overflowed to infinity.
fn round_binary(negative: bool, mantissa: u64, sticky: bool, exp2: i64, bits: u32) -> (f64, bool) {
    let (precision, min_exp, max_exp): (i64, i64, i64) = if bits == 32 { (24, -126, 127) } else { (53, -1022, 1023) };
    let signed = |v: f64| if negative { -v } else { v };
    if mantissa == 0 {
        return (signed(0.0), false);
    }
    let lead_exp = 63 - mantissa.leading_zeros() as i64 + exp2;
    // The weight of the last bit the result can hold.
    let quantum = (lead_exp.max(min_exp) - (precision - 1)).max(exp2);
    let shift = quantum - exp2;
    let kept = if shift == 0 {
        mantissa
    } else if shift > 100 {
        0 // less than half a quantum
    } else {
        let wide = mantissa as u128;
        let kept = wide >> shift;
        let rest = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        (kept + u128::from(up)) as u64
    };
    if kept == 0 {
        return (signed(0.0), false);
    }
    if 63 - kept.leading_zeros() as i64 + quantum > max_exp {
        return (signed(f64::INFINITY), true);
    }
    (signed(times_power_of_two(kept as f64, quantum)), false)
}

/// `x × 2^k` for a result that is exactly representable, in two exact steps.
fn times_power_of_two(x: f64, k: i64) -> f64 {
    let power = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    let first = k.clamp(-1000, 1000);
    x * power(first) * power(k - first)
}

/// Go's `ParseFloat(s, bitSize)`: on error the value Go returns (0 for a
/// syntax error, ±Inf for a range error) travels with the error.
pub fn parse_float(s: &[u8], bit_size: i64) -> Result<f64, (f64, NumError)> {
    let syntax = || (0.0, NumError::new("ParseFloat", s, NumErrorKind::Syntax));
    let bits = if bit_size == 32 { 32 } else { 64 };
    if let Some((v, len)) = special_value(s) {
        let v = if bits == 32 { v as f32 as f64 } else { v };
        return if len == s.len() { Ok(v) } else { Err(syntax()) };
    }
    let (end, hex) = spelling_end(s).ok_or_else(syntax)?;
    if end != s.len() || !underscore_ok(s) {
        return Err(syntax());
    }
    let (value, overflow) = if hex {
        hex_value(s, bits)
    } else {
        let plain: String = s.iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
        let v = if bits == 32 { plain.parse::<f32>().map(f64::from) } else { plain.parse::<f64>() };
        let v = v.map_err(|_| syntax())?;
        (v, v.is_infinite())
    };
    if overflow {
        return Err((value, NumError::new("ParseFloat", s, NumErrorKind::Range)));
    }
    Ok(value)
}

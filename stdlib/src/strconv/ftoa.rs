//! Owns float formatting with the results of Go's `strconv.FormatFloat`:
//! formats `b e E f g G x X`, the shortest digits that read back as the same
//! float when `prec < 0` (from `ryu`), and explicit precisions rounded half
//! to even on the float's exact decimal value.
//! Must not know fmt's flags or padding.

use std::cmp::Ordering;

/// A non-negative decimal `0.d₁d₂…dₙ × 10^point`: `digits` holds ASCII digits
/// with no leading or trailing zeros (none at all for zero).
struct Decimal {
    digits: Vec<u8>,
    point: i32,
}

impl Decimal {
    fn zero() -> Decimal {
        Decimal { digits: Vec::new(), point: 0 }
    }

    /// Builds from a digit string and point, dropping zeros at either end.
    fn normalized(mut digits: Vec<u8>, mut point: i32) -> Decimal {
        let leading = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..leading);
        point -= leading as i32;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Decimal::zero();
        }
        Decimal { digits, point }
    }

    fn len(&self) -> i32 {
        self.digits.len() as i32
    }

    /// Keeps the first `keep` significant digits, rounding half to even (the
    /// digits are exact, so a lone 5 after the kept ones is a true tie).
    /// `keep` past the digits changes nothing; `keep` below zero leaves the
    /// value for the caller's positional writer, which never reaches it.
    fn round_to(&mut self, keep: i32) {
        if keep < 0 || keep >= self.len() {
            return;
        }
        let keep = keep as usize;
        let round_up = match self.digits[keep].cmp(&b'5') {
            Ordering::Less => false,
            Ordering::Greater => true,
            // Anything after the 5 is non-zero (no trailing zeros are kept).
            Ordering::Equal if keep + 1 < self.digits.len() => true,
            Ordering::Equal => keep > 0 && (self.digits[keep - 1] - b'0') % 2 == 1,
        };
        self.digits.truncate(keep);
        if round_up {
            // Carry through trailing nines; all nines become a single 1.
            while self.digits.last() == Some(&b'9') {
                self.digits.pop();
            }
            match self.digits.last_mut() {
                Some(last) => *last += 1,
                None => {
                    self.digits.push(b'1');
                    self.point += 1;
                }
            }
        }
        *self = Decimal::normalized(std::mem::take(&mut self.digits), self.point);
    }

    /// The digit at `at` (0 is the first significant one), zero outside.
    fn digit(&self, at: i32) -> u8 {
        if (0..self.len()).contains(&at) {
            self.digits[at as usize]
        } else {
            b'0'
        }
    }

    /// `d.ddd` then `e±XX`: `frac` digits after the point, at least two
    /// exponent digits.
    fn write_scientific(&self, out: &mut Vec<u8>, frac: i32, exp_char: u8) {
        out.push(self.digit(0));
        if frac > 0 {
            out.push(b'.');
            out.extend((1..=frac).map(|at| self.digit(at)));
        }
        let exp = if self.digits.is_empty() { 0 } else { self.point - 1 };
        out.push(exp_char);
        out.push(if exp < 0 { b'-' } else { b'+' });
        out.extend_from_slice(format!("{:02}", exp.unsigned_abs()).as_bytes());
    }

    /// `ddd.ddd` with `frac` digits after the point.
    fn write_positional(&self, out: &mut Vec<u8>, frac: i32) {
        if self.point > 0 {
            out.extend((0..self.point).map(|at| self.digit(at)));
        } else {
            out.push(b'0');
        }
        if frac > 0 {
            out.push(b'.');
            out.extend((0..frac).map(|i| self.digit(self.point + i)));
        }
    }
}

/// The exact decimal value of `mantissa × 2^exp2` (`mantissa` non-zero).
fn exact_decimal(mantissa: u64, exp2: i32) -> Decimal {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian base-10⁹ limbs of a growing integer.
    let mut limbs = vec![mantissa % LIMB, mantissa / LIMB % LIMB, mantissa / LIMB / LIMB];
    let times = |limbs: &mut Vec<u64>, factor: u64| {
        let mut carry = 0;
        for limb in limbs.iter_mut() {
            let v = *limb * factor + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    };
    // With a negative exponent, m × 2^-k = m × 5^k / 10^k: multiply by fives
    // and move the point left by k instead.
    let (factor, mut steps) = if exp2 >= 0 { (2u64, exp2) } else { (5u64, -exp2) };
    while steps > 0 {
        // 5^13 < 2^31: one limb times the factor stays within u64.
        let batch = steps.min(13);
        times(&mut limbs, factor.pow(batch as u32));
        steps -= batch;
    }
    let mut text = String::with_capacity(limbs.len() * 9);
    for limb in limbs.iter().rev() {
        text.push_str(&format!("{limb:09}"));
    }
    let int_digits = text.len() as i32 + exp2.min(0);
    Decimal::normalized(text.into_bytes(), int_digits)
}

/// The fewest digits that read back as `v` at `bit_size` bits (`v` finite,
/// non-negative, non-zero).
fn shortest_decimal(v: f64, bit_size: u32) -> Decimal {
    let mut buffer = ryu::Buffer::new();
    let text = if bit_size == 32 { buffer.format_finite(v as f32) } else { buffer.format_finite(v) };
    // ryu writes `123.45`, `0.001` or `1.5e-7`.
    let (mantissa, exp10) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    Decimal::normalized(digits, int_len + exp10)
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`; `bit_size` is 32 or 64.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: u32) -> String {
    let mut out = Vec::new();
    append_float(&mut out, f, fmt, prec, bit_size);
    String::from_utf8(out).unwrap_or_default()
}

/// Appends `FormatFloat(f, fmt, prec, bitSize)` to `out`.
pub fn append_float(out: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, bit_size: u32) {
    // A 32-bit format first rounds to float32; every float32 is exact as f64.
    let v = if bit_size == 32 { f as f32 as f64 } else { f };
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let negative = v.is_sign_negative();
    let prec = prec.clamp(-1, 1 << 20) as i32;
    let start = out.len();
    if negative {
        out.push(b'-');
    }
    match fmt {
        b'b' => write_binary_exponent(out, v, bit_size),
        b'x' | b'X' => write_hex(out, v.abs(), prec, fmt == b'X'),
        b'e' | b'E' | b'f' | b'g' | b'G' => write_decimal(out, v.abs(), fmt, prec, bit_size),
        _ => {
            out.truncate(start);
            out.push(b'%');
            out.push(fmt);
        }
    }
}

/// `%e %E %f %g %G` of a finite non-negative `v`.
fn write_decimal(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bit_size: u32) {
    let shortest = prec < 0;
    let exp_char = if fmt.is_ascii_uppercase() { b'E' } else { b'e' };
    let mut d = if v == 0.0 {
        Decimal::zero()
    } else if shortest {
        shortest_decimal(v, bit_size)
    } else {
        let (mantissa, exp2) = mantissa_and_exponent(v);
        exact_decimal(mantissa, exp2)
    };
    match fmt {
        b'e' | b'E' => {
            if !shortest {
                d.round_to(prec + 1);
            }
            let frac = if shortest { (d.len() - 1).max(0) } else { prec };
            d.write_scientific(out, frac, exp_char);
        }
        b'f' => {
            if !shortest {
                d.round_to(d.point + prec);
            }
            let frac = if shortest { (d.len() - d.point).max(0) } else { prec };
            d.write_positional(out, frac);
        }
        _ => {
            // %g: `prec` significant digits (at least one), trailing zeros
            // dropped; scientific when the decimal exponent is below -4 or at
            // least the precision (6 for the shortest form).
            let significant = prec.max(1);
            if !shortest {
                d.round_to(significant);
            }
            let exponent = d.point - 1;
            let limit = if shortest { 6 } else { significant };
            if !d.digits.is_empty() && (exponent < -4 || exponent >= limit) {
                d.write_scientific(out, d.len() - 1, exp_char);
            } else {
                d.write_positional(out, (d.len() - d.point).max(0));
            }
        }
    }
}

/// `v = mantissa × 2^exp2` with an integer mantissa (`v` finite, non-negative).
fn mantissa_and_exponent(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    match (bits >> 52) as i32 & 0x7FF {
        0 => (fraction, -1074),
        biased => (fraction | 1 << 52, biased - 1075),
    }
}

/// `%b`: the float's own integer mantissa and binary exponent, `4503599627370496p-52`.
fn write_binary_exponent(out: &mut Vec<u8>, v: f64, bit_size: u32) {
    let (mantissa, exp2) = if bit_size == 32 {
        let bits = (v as f32).to_bits();
        let fraction = (bits & ((1 << 23) - 1)) as u64;
        match (bits >> 23) as i32 & 0xFF {
            0 => (fraction, -149),
            biased => (fraction | 1 << 23, biased - 150),
        }
    } else {
        mantissa_and_exponent(v.abs())
    };
    out.extend_from_slice(format!("{mantissa}p{}{exp2}", if exp2 >= 0 { "+" } else { "" }).as_bytes());
}

/// `%x %X`: `0x1.8p+01` — a leading 1 (0 for zero), the hex fraction (all of
/// it with `prec < 0`, else exactly `prec` digits rounded half to even), and
/// the binary exponent with at least two digits.
fn write_hex(out: &mut Vec<u8>, v: f64, prec: i32, upper: bool) {
    // The fraction after the leading 1, left-aligned in 60 bits (15 hex digits).
    const FRACTION_BITS: u32 = 60;
    let (mut lead, mut fraction, mut exp2) = (0u64, 0u64, 0i32);
    if v != 0.0 {
        let (mantissa, e) = mantissa_and_exponent(v);
        let top = 63 - mantissa.leading_zeros();
        lead = 1;
        fraction = (mantissa ^ (1 << top)) << (FRACTION_BITS - top);
        exp2 = e + top as i32;
    }
    if (0..15).contains(&prec) {
        let dropped = FRACTION_BITS - 4 * prec as u32;
        let mut units = (lead << (4 * prec)) | (fraction >> dropped);
        let rest = fraction & ((1 << dropped) - 1);
        let half = 1u64 << (dropped - 1);
        if rest > half || (rest == half && units & 1 == 1) {
            units += 1;
        }
        // Rounding up may carry into a second leading digit: renormalize.
        if units >> (4 * prec) > 1 {
            units >>= 1;
            exp2 += 1;
        }
        lead = units >> (4 * prec);
        fraction = (units & ((1 << (4 * prec)) - 1)) << dropped;
    }
    out.extend_from_slice(if upper { b"0X" } else { b"0x" });
    out.push(b'0' + lead as u8);
    let hex_digit = |i: u32| {
        let nibble = if i < 15 { (fraction >> (FRACTION_BITS - 4 - 4 * i)) & 0xF } else { 0 };
        let c = char::from_digit(nibble as u32, 16).unwrap_or('0');
        if upper {
            c.to_ascii_uppercase() as u8
        } else {
            c as u8
        }
    };
    let shown = if prec < 0 { 15 - fraction.trailing_zeros().min(60) / 4 } else { prec as u32 };
    if shown > 0 {
        out.push(b'.');
        out.extend((0..shown).map(hex_digit));
    }
    out.push(if upper { b'P' } else { b'p' });
    out.push(if exp2 < 0 { b'-' } else { b'+' });
    out.extend_from_slice(format!("{:02}", exp2.unsigned_abs()).as_bytes());
}

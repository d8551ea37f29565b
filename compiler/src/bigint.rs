//! Owns `BigInt`, the exact integer of untyped constants: sign and magnitude
//! (base 2^32 limbs), with the arithmetic, bitwise (two's complement) and
//! shift operations Go's constant expressions need. Go limits untyped integer
//! constants to 512 bits; `constant.rs` enforces that with `bit_len`.
//! Must not know Go types or the AST.

use std::cmp::Ordering;
use std::fmt;

/// An arbitrary-precision signed integer. Invariant: no trailing zero limbs;
/// zero is never negative.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct BigInt {
    negative: bool,
    /// Little-endian base-2^32 magnitude.
    mag: Vec<u32>,
}

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn from_i64(v: i64) -> BigInt {
        BigInt::from_i128(v as i128)
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_i128(v as i128)
    }

    pub fn from_i128(v: i128) -> BigInt {
        let negative = v < 0;
        let mut m = v.unsigned_abs();
        let mut mag = Vec::new();
        while m != 0 {
            mag.push(m as u32);
            m >>= 32;
        }
        BigInt { negative, mag }
    }

    fn from_parts(negative: bool, mut mag: Vec<u32>) -> BigInt {
        while mag.last() == Some(&0) {
            mag.pop();
        }
        let negative = negative && !mag.is_empty();
        BigInt { negative, mag }
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// Number of bits of the magnitude.
    pub fn bit_len(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(top) => (self.mag.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
        }
    }

    /// The low 128 bits in two's complement (wrapping, like `to_bits64`).
    pub fn to_i128(&self) -> i128 {
        let mut m: u128 = 0;
        for (i, &l) in self.mag.iter().take(4).enumerate() {
            m |= (l as u128) << (32 * i);
        }
        let v = m as i128;
        if self.negative {
            v.wrapping_neg()
        } else {
            v
        }
    }

    /// The value if it fits an `i128`.
    pub fn try_to_i128(&self) -> Option<i128> {
        if self.mag.len() > 4 {
            return None;
        }
        let mut m: u128 = 0;
        for (i, &l) in self.mag.iter().enumerate() {
            m |= (l as u128) << (32 * i);
        }
        if self.negative {
            if m <= i128::MAX as u128 + 1 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.try_to_i128().and_then(|v| i64::try_from(v).ok())
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.try_to_i128().and_then(|v| u64::try_from(v).ok())
    }

    /// The two's-complement bits wrapped to 64 bits.
    pub fn to_bits64(&self) -> u64 {
        let low = self.mag.first().copied().unwrap_or(0) as u64 | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
        if self.negative {
            low.wrapping_neg()
        } else {
            low
        }
    }

    /// The nearest `f64` (infinite when out of range).
    pub fn to_f64(&self) -> f64 {
        let mut f = 0f64;
        for &l in self.mag.iter().rev() {
            f = f * 4294967296.0 + l as f64;
        }
        if self.negative {
            -f
        } else {
            f
        }
    }

    /// The integer exactly equal to `f`, if `f` is finite and integral.
    pub fn from_f64_exact(f: f64) -> Option<BigInt> {
        if !f.is_finite() || f.fract() != 0.0 {
            return None;
        }
        if f.abs() < 1e38 {
            return Some(BigInt::from_i128(f as i128));
        }
        // f = mantissa × 2^exp with a 53-bit integer mantissa.
        let bits = f.abs().to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
        let m = BigInt::from_u64(mantissa).shl(exp as u64);
        Some(if f < 0.0 { m.neg() } else { m })
    }

    /// Parses a Go integer literal (`0x_1F`, `017`, `0o17`, `0b1`, `1_000`).
    pub fn parse_literal(text: &str) -> Option<BigInt> {
        let t: String = text.chars().filter(|&c| c != '_').collect::<String>().to_ascii_lowercase();
        let (digits, radix) = if let Some(r) = t.strip_prefix("0x") {
            (r, 16)
        } else if let Some(r) = t.strip_prefix("0b") {
            (r, 2)
        } else if let Some(r) = t.strip_prefix("0o") {
            (r, 8)
        } else if t.len() > 1 && t.starts_with('0') {
            (&t[1..], 8)
        } else {
            (&t[..], 10)
        };
        if digits.is_empty() {
            return None;
        }
        let mut mag: Vec<u32> = Vec::new();
        for c in digits.chars() {
            let d = c.to_digit(radix)?;
            mul_small_add(&mut mag, radix, d);
        }
        Some(BigInt::from_parts(false, mag))
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.negative, self.mag.clone())
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.negative == o.negative {
            return BigInt::from_parts(self.negative, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::from_parts(o.negative, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::from_parts(self.negative, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        let mut out = vec![0u32; self.mag.len() + o.mag.len()];
        for (i, &a) in self.mag.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.mag.iter().enumerate() {
                let t = out[i + j] as u64 + a as u64 * b as u64 + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            out[i + o.mag.len()] = carry as u32;
        }
        BigInt::from_parts(self.negative != o.negative, out)
    }

    /// Truncated division and remainder (Go's `/` and `%`); `None` for a zero divisor.
    pub fn div_rem(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = div_rem_mag(&self.mag, &o.mag);
        Some((BigInt::from_parts(self.negative != o.negative, q), BigInt::from_parts(self.negative, r)))
    }

    pub fn shl(&self, s: u64) -> BigInt {
        let (limbs, bits) = ((s / 32) as usize, (s % 32) as u32);
        let mut out = vec![0u32; limbs];
        let mut carry = 0u32;
        for &l in &self.mag {
            out.push(if bits == 0 { l } else { (l << bits) | carry });
            carry = if bits == 0 { 0 } else { l >> (32 - bits) };
        }
        out.push(carry);
        BigInt::from_parts(self.negative, out)
    }

    /// Arithmetic shift right (rounds toward negative infinity, as Go's `>>`).
    pub fn shr(&self, s: u64) -> BigInt {
        if self.negative {
            // -((|x| - 1) >> s) - 1
            let m1 = BigInt::from_parts(false, self.mag.clone()).sub(&BigInt::from_i64(1));
            return m1.shr(s).neg().sub(&BigInt::from_i64(1));
        }
        let (limbs, bits) = ((s / 32) as usize, (s % 32) as u32);
        if limbs >= self.mag.len() {
            return BigInt::zero();
        }
        let src = &self.mag[limbs..];
        let mut out = Vec::with_capacity(src.len());
        for i in 0..src.len() {
            let hi = src.get(i + 1).copied().unwrap_or(0);
            out.push(if bits == 0 { src[i] } else { (src[i] >> bits) | (hi << (32 - bits)) });
        }
        BigInt::from_parts(false, out)
    }

    /// A bitwise operation on two's-complement representations.
    pub fn bitwise(&self, o: &BigInt, f: impl Fn(u32, u32) -> u32) -> BigInt {
        let n = self.mag.len().max(o.mag.len()) + 1;
        let (a, b) = (self.twos(n), o.twos(n));
        let r: Vec<u32> = a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect();
        BigInt::from_twos(r)
    }

    /// `|x|`.
    pub fn abs(&self) -> BigInt {
        BigInt::from_parts(false, self.mag.clone())
    }

    /// Number of trailing zero bits (0 for zero).
    pub fn trailing_zeros(&self) -> u64 {
        match self.mag.iter().position(|&l| l != 0) {
            None => 0,
            Some(i) => i as u64 * 32 + self.mag[i].trailing_zeros() as u64,
        }
    }

    /// `x × 10^n` for `n >= 0`.
    pub fn mul_pow10(&self, n: u32) -> BigInt {
        let mut mag = self.mag.clone();
        for _ in 0..n {
            mul_small_add(&mut mag, 10, 0);
        }
        BigInt::from_parts(self.negative, mag)
    }

    /// The greatest common divisor of `|a|` and `|b|` (binary GCD: no
    /// division, so it stays quick on the few-thousand-bit values of exact
    /// float constants).
    pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
        let (mut a, mut b) = (a.abs(), b.abs());
        if a.is_zero() {
            return b;
        }
        if b.is_zero() {
            return a;
        }
        let shift = a.trailing_zeros().min(b.trailing_zeros());
        a = a.shr(a.trailing_zeros());
        loop {
            b = b.shr(b.trailing_zeros());
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            b = b.sub(&a);
            if b.is_zero() {
                return a.shl(shift);
            }
        }
    }

    /// `^x` (bitwise complement): `-x - 1`.
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }

    fn twos(&self, n: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(n, 0);
        if self.negative {
            for l in v.iter_mut() {
                *l = !*l;
            }
            mul_small_add_inplace_one(&mut v);
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let negative = v.last().is_some_and(|&l| l & 0x8000_0000 != 0);
        if negative {
            for l in v.iter_mut() {
                *l = !*l;
            }
            mul_small_add_inplace_one(&mut v);
        }
        BigInt::from_parts(negative, v)
    }
}

/// `mag = mag * m + a`.
fn mul_small_add(mag: &mut Vec<u32>, m: u32, a: u32) {
    let mut carry = a as u64;
    for l in mag.iter_mut() {
        let t = *l as u64 * m as u64 + carry;
        *l = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        mag.push(carry as u32);
    }
}

/// `v += 1` within its width (two's complement negation helper).
fn mul_small_add_inplace_one(v: &mut [u32]) {
    for l in v.iter_mut() {
        let (r, overflow) = l.overflowing_add(1);
        *l = r;
        if !overflow {
            break;
        }
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0u64;
    for i in 0..a.len().max(b.len()) {
        let t = a.get(i).copied().unwrap_or(0) as u64 + b.get(i).copied().unwrap_or(0) as u64 + carry;
        out.push(t as u32);
        carry = t >> 32;
    }
    out.push(carry as u32);
    out
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &ai) in a.iter().enumerate() {
        let mut t = ai as i64 - b.get(i).copied().unwrap_or(0) as i64 - borrow;
        borrow = 0;
        if t < 0 {
            t += 1 << 32;
            borrow = 1;
        }
        out.push(t as u32);
    }
    out
}

/// Binary long division of magnitudes.
fn div_rem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut q = vec![0u32; a.len()];
    let mut r: Vec<u32> = Vec::new();
    for i in (0..a.len() * 32).rev() {
        // r = r << 1 | bit i of a
        let bit = (a[i / 32] >> (i % 32)) & 1;
        let mut carry = bit;
        for l in r.iter_mut() {
            let next = *l >> 31;
            *l = (*l << 1) | carry;
            carry = next;
        }
        if carry != 0 {
            r.push(carry);
        }
        while r.last() == Some(&0) {
            r.pop();
        }
        if cmp_mag(&r, b) != Ordering::Less {
            r = sub_mag(&r, b);
            while r.last() == Some(&0) {
                r.pop();
            }
            q[i / 32] |= 1 << (i % 32);
        }
    }
    (q, r)
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, o: &Self) -> Ordering {
        match (self.negative, o.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(v) = self.try_to_i128() {
            return write!(f, "{v}");
        }
        // Repeated division by 10^9.
        let mut mag = self.mag.clone();
        let mut chunks = Vec::new();
        while !mag.is_empty() {
            let mut rem = 0u64;
            for l in mag.iter_mut().rev() {
                let cur = (rem << 32) | *l as u64;
                *l = (cur / 1_000_000_000) as u32;
                rem = cur % 1_000_000_000;
            }
            while mag.last() == Some(&0) {
                mag.pop();
            }
            chunks.push(rem);
        }
        let mut s = String::new();
        if self.negative {
            s.push('-');
        }
        for (i, c) in chunks.iter().rev().enumerate() {
            if i == 0 {
                s.push_str(&c.to_string());
            } else {
                s.push_str(&format!("{c:09}"));
            }
        }
        f.write_str(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        match s.strip_prefix('-') {
            Some(r) => BigInt::parse_literal(r).unwrap().neg(),
            None => BigInt::parse_literal(s).unwrap(),
        }
    }

    #[test]
    fn arithmetic_beyond_128_bits() {
        let one = BigInt::from_i64(1);
        let x = one.shl(200);
        assert_eq!(x.to_string(), "1606938044258990275541962092341162602522202993782792835301376");
        assert_eq!(x.shr(198).to_string(), "4");
        assert_eq!(x.bit_len(), 201);
        assert_eq!(x.mul(&x).div_rem(&x).unwrap().0, x);
        assert_eq!(big("-7").div_rem(&big("2")).unwrap(), (big("-3"), big("-1")));
        assert_eq!(big("-7").shr(1), big("-4"));
        assert_eq!(big("-6").bitwise(&big("3"), |a, b| a & b), big("2"));
        assert_eq!(big("5").not(), big("-6"));
        assert_eq!(big("0xFFFFFFFFFFFFFFFF").to_u64(), Some(u64::MAX));
        assert_eq!(big("-1").to_bits64(), u64::MAX);
        assert_eq!(BigInt::from_f64_exact(1e40).map(|b| b.to_f64()), Some(1e40));
        assert!(big("-3") < big("2"));
    }
}

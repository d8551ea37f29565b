//! Owns `Rat`, the exact value of an untyped float constant (go/constant keeps
//! such values exactly too): a reduced fraction of two `BigInt`s, parsed from
//! decimal and hexadecimal literals, with exact arithmetic and correctly
//! rounded conversion to `float64`/`float32` (round half to even, subnormals,
//! overflow). Must not know Go types or the AST.
//!
//! Go's constants are arbitrary-precision; minigo keeps fractions exact while
//! numerator and denominator together stay under `MAX_BITS` (values from about
//! 1e-1200 to 1e+1200 with any digits), and reports `constant overflow` beyond.

use crate::bigint::BigInt;
use std::cmp::Ordering;

/// Largest numerator-plus-denominator size kept exactly.
const MAX_BITS: u64 = 8192;

/// An exact rational number. Invariant: `den > 0` and `gcd(num, den) == 1`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Rat {
    num: BigInt,
    den: BigInt,
}

/// A binary floating-point format: mantissa bits and exponent range of its
/// normal numbers (the leading bit of a normal value is `2^emin ..= 2^emax`).
struct FloatFormat {
    precision: u64,
    emin: i64,
    emax: i64,
}

const FLOAT64: FloatFormat = FloatFormat { precision: 53, emin: -1022, emax: 1023 };
const FLOAT32: FloatFormat = FloatFormat { precision: 24, emin: -126, emax: 127 };

impl Rat {
    /// `num / den`, reduced; `None` for a zero denominator or a value too large to keep.
    fn new(num: BigInt, den: BigInt) -> Option<Rat> {
        if den.is_zero() {
            return None;
        }
        let (num, den) = if den.is_negative() { (num.neg(), den.neg()) } else { (num, den) };
        let g = BigInt::gcd(&num, &den);
        let one = BigInt::from_i64(1);
        let (num, den) = if g == one || g.is_zero() {
            (num, den)
        } else {
            (num.div_rem(&g)?.0, den.div_rem(&g)?.0)
        };
        let den = if num.is_zero() { one } else { den };
        (num.bit_len() + den.bit_len() <= MAX_BITS).then_some(Rat { num, den })
    }

    pub fn from_int(i: BigInt) -> Rat {
        Rat { num: i, den: BigInt::from_i64(1) }
    }

    /// The exact value of a finite `f64`.
    pub fn from_f64(f: f64) -> Option<Rat> {
        if !f.is_finite() {
            return None;
        }
        if f == 0.0 {
            return Some(Rat::from_int(BigInt::zero()));
        }
        let bits = f.abs().to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        let (mantissa, exp) = if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
        let m = BigInt::from_u64(mantissa);
        let m = if f < 0.0 { m.neg() } else { m };
        let one = BigInt::from_i64(1);
        if exp >= 0 {
            Rat::new(m.shl(exp as u64), one)
        } else {
            Rat::new(m, one.shl((-exp) as u64))
        }
    }

    /// Parses a Go float literal (`1.5e3`, `.5`, `1_000.0`, `0x1.8p-3`);
    /// `None` if malformed or beyond what is kept exactly.
    pub fn parse_literal(text: &str) -> Option<Rat> {
        let t: String = text.chars().filter(|&c| c != '_').collect::<String>().to_ascii_lowercase();
        let (digits, radix, exp_marker) = match t.strip_prefix("0x") {
            Some(hex) => (hex, 16, 'p'),
            None => (&t[..], 10, 'e'),
        };
        let (mantissa, exp) = match digits.split_once(exp_marker) {
            Some((m, e)) => (m, e.parse::<i64>().ok()?),
            None => (digits, 0),
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let mut num = BigInt::zero();
        for c in int_part.chars().chain(frac_part.chars()) {
            num = num.mul(&BigInt::from_i64(radix as i64)).add(&BigInt::from_i64(c.to_digit(radix)? as i64));
        }
        let one = BigInt::from_i64(1);
        if radix == 16 {
            let exp2 = exp.checked_sub(4 * frac_part.len() as i64)?;
            if exp2.unsigned_abs() > MAX_BITS {
                return None;
            }
            return if exp2 >= 0 { Rat::new(num.shl(exp2 as u64), one) } else { Rat::new(num, one.shl(exp2.unsigned_abs())) };
        }
        let exp10 = exp.checked_sub(frac_part.len() as i64)?;
        // 10^n has about 3.33·n bits.
        if exp10.unsigned_abs() > MAX_BITS * 3 / 10 {
            return if num.is_zero() { Some(Rat::from_int(num)) } else { None };
        }
        if exp10 >= 0 {
            Rat::new(num.mul_pow10(exp10 as u32), one)
        } else {
            Rat::new(num, one.mul_pow10(exp10.unsigned_abs() as u32))
        }
    }

    pub fn is_zero(&self) -> bool {
        self.num.is_zero()
    }

    /// The value as an integer when it is integral.
    pub fn to_int(&self) -> Option<BigInt> {
        (self.den == BigInt::from_i64(1)).then(|| self.num.clone())
    }

    pub fn neg(&self) -> Rat {
        Rat { num: self.num.neg(), den: self.den.clone() }
    }

    pub fn add(&self, o: &Rat) -> Option<Rat> {
        Rat::new(self.num.mul(&o.den).add(&o.num.mul(&self.den)), self.den.mul(&o.den))
    }

    pub fn sub(&self, o: &Rat) -> Option<Rat> {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Rat) -> Option<Rat> {
        Rat::new(self.num.mul(&o.num), self.den.mul(&o.den))
    }

    /// `None` for a zero divisor or a result too large to keep.
    pub fn div(&self, o: &Rat) -> Option<Rat> {
        Rat::new(self.num.mul(&o.den), self.den.mul(&o.num))
    }

    /// The nearest `float64` (±Inf beyond its range).
    pub fn to_f64(&self) -> f64 {
        self.round(&FLOAT64)
    }

    /// The nearest `float32`, as the `f64` holding it exactly (±Inf beyond its range).
    pub fn to_f32(&self) -> f64 {
        self.round(&FLOAT32)
    }

    /// Rounds to `format`, half to even, as IEEE 754 and Go's constant conversion do.
    fn round(&self, format: &FloatFormat) -> f64 {
        if self.num.is_zero() {
            return 0.0;
        }
        let sign = if self.num.is_negative() { -1.0 } else { 1.0 };
        let (n, d) = (self.num.abs(), &self.den);
        // q = floor(n·2^s / d) has precision+3 or +4 bits; value = (q + sticky)·2^-s.
        let s = format.precision as i64 + 3 - (n.bit_len() as i64 - d.bit_len() as i64);
        let (q, r) = if s >= 0 { n.shl(s as u64).div_rem(d) } else { n.div_rem(&d.shl((-s) as u64)) }.unwrap_or_default();
        let sticky = !r.is_zero();
        let leading = q.bit_len() as i64 - 1 - s;
        // The lowest bit position kept: precision bits below the leading one, or the subnormal floor.
        let lowest = (leading - (format.precision as i64 - 1)).max(format.emin - (format.precision as i64 - 1));
        let drop = (lowest + s) as u64;
        let kept = q.shr(drop);
        let dropped = q.sub(&kept.shl(drop));
        let half = if drop == 0 { BigInt::zero() } else { BigInt::from_i64(1).shl(drop - 1) };
        let round_up = drop > 0
            && match dropped.cmp(&half) {
                Ordering::Greater => true,
                Ordering::Equal => sticky || kept.trailing_zeros() == 0 && !kept.is_zero(),
                Ordering::Less => false,
            };
        let mantissa = if round_up { kept.add(&BigInt::from_i64(1)) } else { kept };
        if mantissa.is_zero() {
            return 0.0 * sign;
        }
        if mantissa.bit_len() as i64 - 1 + lowest > format.emax {
            return f64::INFINITY * sign;
        }
        let m = mantissa.to_u64().unwrap_or(0) as f64;
        sign * ldexp(m, lowest)
    }

    /// A short approximate decimal form for values outside `float64`
    /// (`1.5e+400`), as Go prints huge constants in messages.
    pub fn approx_scientific(&self) -> String {
        let e2 = self.num.bit_len() as i64 - self.den.bit_len() as i64;
        let scaled = if e2 >= 0 { Rat::new(self.num.clone(), self.den.shl(e2 as u64)) } else { Rat::new(self.num.shl((-e2) as u64), self.den.clone()) };
        let m = scaled.map(|r| r.to_f64()).unwrap_or(1.0);
        let log10 = (e2 as f64) * std::f64::consts::LOG10_2 + m.abs().log10();
        let e10 = log10.floor();
        let digits = 10f64.powf(log10 - e10);
        let sign = if m < 0.0 { "-" } else { "" };
        let exp_sign = if e10 < 0.0 { "-" } else { "+" };
        format!("{sign}{}e{exp_sign}{}", format!("{digits:.5}").trim_end_matches('0').trim_end_matches('.'), e10.abs() as i64)
    }
}

impl PartialOrd for Rat {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Rat {
    fn cmp(&self, o: &Self) -> Ordering {
        self.num.mul(&o.den).cmp(&o.num.mul(&self.den))
    }
}

/// `m × 2^exp` for a result known to be representable (no double rounding:
/// every step is exact).
fn ldexp(m: f64, exp: i64) -> f64 {
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if exp < -1000 {
        m * pow2(-1000) * pow2(exp + 1000)
    } else if exp > 1000 {
        m * pow2(1000) * pow2(exp - 1000)
    } else {
        m * pow2(exp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Rat {
        Rat::parse_literal(s).unwrap()
    }

    #[test]
    fn literals_round_like_strconv() {
        for s in ["0.1", "0.3", "1e23", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "123456789012345678901234567890", "0x1.8p-3", "1_000.5", ".5e1"] {
            let expected: f64 = if let Some(hex) = s.strip_prefix("0x") { assert_eq!(hex, "1.8p-3"); 0.1875 } else { s.replace('_', "").parse().unwrap() };
            assert_eq!(lit(s).to_f64(), expected, "{s}");
        }
        assert_eq!(lit("2.4703282292062327e-324").to_f64(), 0.0);
        assert_eq!(lit("1.8e308").to_f64(), f64::INFINITY);
        assert_eq!(lit("0.1").to_f32(), 0.1f32 as f64);
        assert_eq!(lit("16777217").to_f32(), 16777216.0);
        assert_eq!(lit("16777219").to_f32(), 16777220.0);
    }

    #[test]
    fn arithmetic_is_exact() {
        let sum = lit("0.1").add(&lit("0.2")).unwrap();
        assert_eq!(sum, lit("0.3"));
        assert_eq!(sum.to_f64(), 0.3);
        assert_eq!(lit("0.1").mul(&Rat::from_int(BigInt::from_i64(3))).unwrap().to_f64(), 0.3);
        let third = Rat::from_int(BigInt::from_i64(1)).div(&Rat::from_int(BigInt::from_i64(3))).unwrap();
        assert_eq!(third.mul(&Rat::from_int(BigInt::from_i64(3))).unwrap().to_int(), Some(BigInt::from_i64(1)));
        assert_eq!(Rat::from_f64(0.1).unwrap().to_f64(), 0.1);
        assert!(lit("1e300").mul(&lit("1e300")).unwrap().to_f64().is_infinite());
        assert_eq!(lit("1e300").mul(&lit("1e300")).unwrap().div(&lit("1e590")).unwrap().to_f64(), 1e10);
        assert!(Rat::parse_literal("1e-3000").is_none());
        assert!(lit("0e-3000").is_zero());
    }
}

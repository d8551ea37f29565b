//! Owns package `math`'s functions with Go's results bit for bit: the
//! special cases Go documents and, for `Pow`, the same sequence of float
//! operations as Go's (a fractional power through exp and log, integral
//! powers by repeated squaring of a mantissa/exponent pair), whose rounding
//! the results depend on. `NaN()` is Go's NaN (bits `0x7FF8000000000001`).
//! Constants (`Pi`, `MaxInt64`, …) are declared in `math.mg`.
//! Must not know the vm's values.

// The polynomial and range-reduction constants are the published ones the
// algorithms need, digit for digit.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

pub use crate::strconv::GO_NAN;

const MASK: u64 = 0x7FF;
const SHIFT: u32 = 52;
const BIAS: i64 = 1023;

pub fn nan() -> f64 {
    GO_NAN
}

/// Go's `Inf(sign)`: +Inf for `sign >= 0`, -Inf otherwise.
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

/// Go's `IsInf(f, sign)`.
pub fn is_inf(f: f64, sign: i64) -> bool {
    (sign >= 0 && f == f64::INFINITY) || (sign <= 0 && f == f64::NEG_INFINITY)
}

pub fn is_nan(f: f64) -> bool {
    f.is_nan()
}

pub fn abs(x: f64) -> f64 {
    x.abs()
}

pub fn sqrt(x: f64) -> f64 {
    if x < 0.0 {
        return GO_NAN;
    }
    x.sqrt()
}

pub fn floor(x: f64) -> f64 {
    x.floor()
}

pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

/// Go's `Max`: +Inf wins over NaN; `Max(-0, +0)` is +0.
pub fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return GO_NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

/// Go's `Min`: -Inf wins over NaN; `Min(-0, +0)` is -0.
pub fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return GO_NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

/// Go's `Mod`: the exact remainder with the sign of `x`.
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return GO_NAN;
    }
    x % y
}

/// The biased exponent field of `bits`.
fn exponent_field(bits: u64) -> i64 {
    ((bits >> SHIFT) & MASK) as i64
}

/// `bits` with its exponent field replaced by `biased` (sign and fraction kept).
fn with_exponent_field(bits: u64, biased: i64) -> f64 {
    f64::from_bits((bits & !(MASK << SHIFT)) | ((biased as u64) << SHIFT))
}

/// Go's `Frexp`: `f = mant × 2^exp` with `|mant|` in [0.5, 1); zero,
/// infinities and NaN come back unchanged with exponent 0.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    // A subnormal is first scaled into the normal range by 2^52.
    let (f, scaled_by) = if f.abs() < f64::MIN_POSITIVE { (f * (1u64 << 52) as f64, 52) } else { (f, 0) };
    let bits = f.to_bits();
    (with_exponent_field(bits, BIAS - 1), exponent_field(bits) - (BIAS - 1) - scaled_by)
}

/// Go's `Ldexp`: `frac × 2^exp`, overflowing to ±Inf and underflowing
/// through the subnormals (rounded once, to nearest even) to ±0.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (mant, mant_exp) = frexp(frac);
    // The result is 1.xxx × 2^lead with the same 1.xxx as `mant`'s.
    let lead = mant_exp.saturating_add(exp).saturating_sub(1);
    let mant_bits = mant.to_bits();
    if lead > BIAS {
        return f64::INFINITY.copysign(frac);
    }
    if lead < -BIAS - 52 {
        return 0.0f64.copysign(frac);
    }
    if lead > -BIAS {
        return with_exponent_field(mant_bits, lead + BIAS);
    }
    // Too small for a normal: build it 2^53 larger, then let one
    // multiplication round it into the subnormal range.
    with_exponent_field(mant_bits, lead + 53 + BIAS) * (1.0 / (1u64 << 53) as f64)
}

/// Whether `x` is an odd integer (as a float: below 2^53).
fn is_odd_int(x: f64) -> bool {
    x.abs() < (1u64 << 53) as f64 && x.fract() == 0.0 && (x as i64) & 1 == 1
}

/// Go's `Pow`: the special cases Go documents, then the general case in
/// `pow_general`.
pub fn pow(x: f64, y: f64) -> f64 {
    let odd_power_of_negative_zero = x == 0.0 && x.is_sign_negative() && is_odd_int(y);
    match () {
        _ if y == 0.0 || x == 1.0 => 1.0,
        _ if y == 1.0 => x,
        _ if x.is_nan() || y.is_nan() => GO_NAN,
        // ±0 to a power: infinite for negative powers, zero for positive
        // ones, keeping the sign of -0 for odd integers.
        _ if x == 0.0 && y < 0.0 => f64::INFINITY.copysign(if odd_power_of_negative_zero { -1.0 } else { 1.0 }),
        _ if x == 0.0 => {
            if odd_power_of_negative_zero {
                x
            } else {
                0.0
            }
        }
        _ if y.is_infinite() => infinite_power(x, y > 0.0),
        // -Inf^y is (-0)^-y.
        _ if x == f64::NEG_INFINITY => pow(1.0 / x, -y),
        _ if x.is_infinite() => {
            if y < 0.0 {
                0.0
            } else {
                f64::INFINITY
            }
        }
        _ if y == 0.5 => sqrt(x),
        _ if y == -0.5 => 1.0 / sqrt(x),
        _ => pow_general(x, y),
    }
}

/// `x` to a power so large (infinite, or an integer of 2^63 or more) that
/// only whether |x| is below 1 matters; -1 stays 1.
fn infinite_power(x: f64, positive: bool) -> f64 {
    if x == -1.0 {
        1.0
    } else if (x.abs() < 1.0) == positive {
        0.0
    } else {
        f64::INFINITY
    }
}

/// A float held as `mant × 2^exp` while it is raised to a power, so that
/// its exponent cannot overflow before the end.
#[derive(Clone, Copy)]
struct Split {
    mant: f64,
    exp: i64,
}

impl Split {
    /// The square, with the mantissa brought back to [0.5, 1).
    fn squared(self) -> Split {
        let (mant, exp) = (self.mant * self.mant, self.exp << 1);
        if mant < 0.5 {
            Split { mant: mant + mant, exp: exp - 1 }
        } else {
            Split { mant, exp }
        }
    }
}

/// `x^y` for finite non-zero `x` and finite `y` other than 0, ±0.5 and 1:
/// the fractional part of |y| (moved into [-0.5, 0.5]) as exp(f·log x),
/// times x to the integral part by repeated squaring, inverted for y < 0.
fn pow_general(x: f64, y: f64) -> f64 {
    let (mut whole, mut part) = (y.abs().trunc(), y.abs().fract());
    if part != 0.0 && x < 0.0 {
        return GO_NAN;
    }
    if whole >= 9.223372036854775808e18 {
        return infinite_power(x, y > 0.0);
    }
    let mut result = Split { mant: 1.0, exp: 0 };
    if part != 0.0 {
        if part > 0.5 {
            part -= 1.0;
            whole += 1.0;
        }
        result.mant = arch_exp(part * arch_log(x));
    }
    let (mant, exp) = frexp(x);
    let mut power = Split { mant, exp };
    let mut remaining = whole as i64;
    while remaining != 0 {
        if !(-(1 << 12)..=1 << 12).contains(&power.exp) {
            // The exponent is past any float: ldexp saturates it.
            result.exp += power.exp;
            break;
        }
        if remaining & 1 == 1 {
            result.mant *= power.mant;
            result.exp += power.exp;
        }
        power = power.squared();
        remaining >>= 1;
    }
    if y < 0.0 {
        result = Split { mant: 1.0 / result.mant, exp: -result.exp };
    }
    ldexp(result.mant, result.exp)
}

/// Natural log with the bits Go's `Log` gives on amd64, where `Pow` uses
/// it: split x into 2^k·(1+f) with 1+f near 1, then
/// log(1+f) = f - hfsq + s·(hfsq + R(s²)) with s = f/(2+f) and R the
/// classic (fdlibm/FreeBSD) degree-14 polynomial; ln 2 is added in two
/// parts. A subnormal x is not normalized first (as on amd64).
fn arch_log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const L: [f64; 7] = [
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return GO_NAN;
    }
    if bits >= f64::INFINITY.to_bits() {
        return x;
    }
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0.5f64.to_bits());
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L[6] * s4 + L[4]) * s4 + L[2]) * s4 + L[0]);
    let t2 = s4 * ((L[5] * s4 + L[3]) * s4 + L[1]);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let inner = s * (hfsq + r) + k * LN2_LO;
    k * LN2_HI - ((hfsq - inner) - f)
}

/// e^x with the bits Go's `Exp` gives on amd64 with FMA, where `Pow`
/// uses it: x = k·ln 2 + r (ln 2 in two parts), e^(r/16) by a fused
/// Taylor polynomial, raised to the 16th power by four squarings, then
/// scaled by 2^k (gradually for subnormal results).
fn arch_exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const C: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    let e = (x * LOG2E).round_ties_even();
    let mut bx: i64 = if e >= i32::MIN as f64 && e <= i32::MAX as f64 { e as i64 } else { i32::MIN as i64 };
    let k = bx as f64;
    let mut x0 = (-k).mul_add(LN2U, x);
    x0 = (-k).mul_add(LN2L, x0);
    x0 *= 0.0625;
    let mut x1 = C[8];
    for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
        x1 = x1.mul_add(x0, c);
    }
    x0 *= x1;
    for _ in 0..3 {
        x1 = x0 + C[2];
        x0 *= x1;
    }
    x1 = x0 + C[2];
    x0 = x0.mul_add(x1, C[1]);
    bx += 0x3FF;
    if bx <= 0 {
        if bx < -52 {
            return 0.0;
        }
        bx += 0x3FE;
        x0 *= f64::from_bits((bx as u64) << 52);
        bx = 1;
    } else if bx >= 0x7FF {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((bx as u64) << 52)
}

#[cfg(test)]
mod tests;

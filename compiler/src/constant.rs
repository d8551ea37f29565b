//! Owns exact constant values and arithmetic on them (go/constant): untyped
//! and typed constants, representability in a basic type, folding of unary,
//! binary, shift and comparison operators.
//! Must not know the AST, scopes or how values are laid out at run time.
//!
//! Integers are exact up to Go's 512 bits (`BigInt`); beyond that folding
//! reports `constant overflow`. Floats are exact fractions (`Rat`); typed
//! float constants hold a value of their type's precision.

use crate::types::BasicKind;
use minigo_grammar::ast::{BinOp, UnOp};
use std::fmt;

pub use crate::bigint::BigInt;
pub use crate::rat::Rat;

/// Go's limit on untyped integer constants.
const MAX_INT_BITS: u64 = 512;

/// `Overflow` beyond Go's 512-bit limit.
fn checked(i: BigInt) -> Result<ConstValue, ConstError> {
    if i.bit_len() > MAX_INT_BITS {
        Err(ConstError::Overflow)
    } else {
        Ok(ConstValue::Int(i))
    }
}

/// An exact constant value.
#[derive(Clone, PartialEq, Debug)]
pub enum ConstValue {
    Bool(bool),
    /// Integer (also runes).
    Int(BigInt),
    /// An exact float value (a `float32`/`float64` constant holds one its type can represent).
    Float(Rat),
    /// A string constant's bytes (Go strings may hold any bytes).
    String(Vec<u8>),
}

/// Why folding failed; the checker turns it into Go's message.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConstError {
    /// `invalid operation: division by zero`
    DivByZero,
    /// `constant overflow` (outside what this implementation represents)
    Overflow,
    /// The operator does not apply to these values (caller reports it).
    Invalid,
}

impl ConstValue {
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from_i64(v))
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(f) => f.to_int(),
            _ => None,
        }
    }

    /// The exact value of a numeric constant.
    pub fn as_rat(&self) -> Option<Rat> {
        match self {
            ConstValue::Int(i) => Some(Rat::from_int(i.clone())),
            ConstValue::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The nearest `float64` (±Inf beyond its range).
    pub fn as_f64(&self) -> Option<f64> {
        Some(self.as_rat()?.to_f64())
    }

    /// A float constant of the exact value of `f` (finite).
    pub fn float(f: f64) -> ConstValue {
        ConstValue::Float(Rat::from_f64(f).unwrap_or_else(|| Rat::from_int(BigInt::zero())))
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value converted to fit `kind` exactly, or `None` if it is not
    /// representable (Go's `representable`): integers must be in range,
    /// floats round to the kind's precision (overflow to ±Inf is an error),
    /// integral floats become integers for integer kinds.
    pub fn representable(&self, kind: BasicKind) -> Option<ConstValue> {
        use BasicKind::*;
        match (self, kind) {
            (ConstValue::Bool(_), Bool | UntypedBool) => Some(self.clone()),
            (ConstValue::String(_), String | UntypedString) => Some(self.clone()),
            (ConstValue::Int(_) | ConstValue::Float(_), k) if k.is_integer() => {
                let big = self.as_int()?;
                let ok = match (big.try_to_i128(), k) {
                    (None, UntypedInt | UntypedRune) => big.bit_len() <= MAX_INT_BITS,
                    (None, _) => false,
                    (Some(i), Int8) => i8::try_from(i).is_ok(),
                    (Some(i), Int16) => i16::try_from(i).is_ok(),
                    (Some(i), Int32) => i32::try_from(i).is_ok(),
                    (Some(i), Int | Int64) => i64::try_from(i).is_ok(),
                    (Some(i), Uint8) => u8::try_from(i).is_ok(),
                    (Some(i), Uint16) => u16::try_from(i).is_ok(),
                    (Some(i), Uint32) => u32::try_from(i).is_ok(),
                    (Some(i), Uint | Uint64 | Uintptr) => u64::try_from(i).is_ok(),
                    _ => true,
                };
                ok.then_some(ConstValue::Int(big))
            }
            (ConstValue::Int(_) | ConstValue::Float(_), Float32) => {
                let f = self.as_rat()?.to_f32();
                f.is_finite().then(|| ConstValue::float(f))
            }
            (ConstValue::Int(_) | ConstValue::Float(_), Float64) => {
                let f = self.as_f64()?;
                f.is_finite().then(|| ConstValue::float(f))
            }
            (ConstValue::Int(_) | ConstValue::Float(_), UntypedFloat) => Some(ConstValue::Float(self.as_rat()?)),
            _ => None,
        }
    }

    /// Whether a float value is integral (so it can become an integer constant).
    pub fn is_integral(&self) -> bool {
        self.as_int().is_some()
    }

    /// Folds a unary operator. `unsigned_bits` is `Some(n)` for `^x` on an
    /// n-bit unsigned type (Go's `^x` is then `x XOR (2^n-1)`).
    pub fn unary(op: UnOp, x: &ConstValue, unsigned_bits: Option<u32>) -> Result<ConstValue, ConstError> {
        match (op, x) {
            (UnOp::Pos, ConstValue::Int(_) | ConstValue::Float(_)) => Ok(x.clone()),
            (UnOp::Neg, ConstValue::Int(i)) => checked(i.neg()),
            (UnOp::Neg, ConstValue::Float(f)) => Ok(ConstValue::Float(f.neg())),
            (UnOp::Not, ConstValue::Bool(b)) => Ok(ConstValue::Bool(!b)),
            (UnOp::BitNot, ConstValue::Int(i)) => match unsigned_bits {
                Some(bits) => {
                    let mask = BigInt::from_i64(1).shl(bits as u64).sub(&BigInt::from_i64(1));
                    checked(i.bitwise(&mask, |a, b| a ^ b))
                }
                None => checked(i.not()),
            },
            _ => Err(ConstError::Invalid),
        }
    }

    /// Folds a binary arithmetic or logical operator (not shifts or comparisons).
    /// `integer_division` selects truncated integer division for `/` (both
    /// operands integers in an integer context).
    pub fn binary(op: BinOp, x: &ConstValue, y: &ConstValue, integer_division: bool) -> Result<ConstValue, ConstError> {
        use BinOp::*;
        use ConstValue as C;
        match (x, y) {
            (C::Bool(a), C::Bool(b)) => match op {
                LogAnd => Ok(C::Bool(*a && *b)),
                LogOr => Ok(C::Bool(*a || *b)),
                _ => Err(ConstError::Invalid),
            },
            (C::String(a), C::String(b)) if op == Add => {
                let mut s = a.clone();
                s.extend_from_slice(b);
                Ok(C::String(s))
            }
            (C::Int(a), C::Int(b)) if op != Div || integer_division => {
                let r = match op {
                    Add => a.add(b),
                    Sub => a.sub(b),
                    Mul => a.mul(b),
                    Div => a.div_rem(b).ok_or(ConstError::DivByZero)?.0,
                    Rem => a.div_rem(b).ok_or(ConstError::DivByZero)?.1,
                    And => a.bitwise(b, |x, y| x & y),
                    Or => a.bitwise(b, |x, y| x | y),
                    Xor => a.bitwise(b, |x, y| x ^ y),
                    AndNot => a.bitwise(b, |x, y| x & !y),
                    _ => return Err(ConstError::Invalid),
                };
                checked(r)
            }
            (C::Int(_) | C::Float(_), C::Int(_) | C::Float(_)) => {
                let (a, b) = (x.as_rat().ok_or(ConstError::Invalid)?, y.as_rat().ok_or(ConstError::Invalid)?);
                let r = match op {
                    Add => a.add(&b),
                    Sub => a.sub(&b),
                    Mul => a.mul(&b),
                    Div if b.is_zero() => return Err(ConstError::DivByZero),
                    Div => a.div(&b),
                    _ => return Err(ConstError::Invalid),
                };
                r.map(C::Float).ok_or(ConstError::Overflow)
            }
            _ => Err(ConstError::Invalid),
        }
    }

    /// Folds `x << s` / `x >> s` on an integer constant.
    pub fn shift(op: BinOp, x: &ConstValue, s: u64) -> Result<ConstValue, ConstError> {
        let a = x.as_int().ok_or(ConstError::Invalid)?;
        match op {
            BinOp::Shl => {
                if a.is_zero() {
                    return Ok(ConstValue::int(0));
                }
                if s > MAX_INT_BITS {
                    return Err(ConstError::Overflow);
                }
                checked(a.shl(s))
            }
            BinOp::Shr => Ok(ConstValue::Int(a.shr(s.min(MAX_INT_BITS + 64)))),
            _ => Err(ConstError::Invalid),
        }
    }

    /// Folds a comparison.
    pub fn compare(op: BinOp, x: &ConstValue, y: &ConstValue) -> Result<bool, ConstError> {
        use std::cmp::Ordering;
        use BinOp::*;
        let ord: Option<Ordering> = match (x, y) {
            (ConstValue::Bool(a), ConstValue::Bool(b)) => {
                return match op {
                    Eq => Ok(a == b),
                    Ne => Ok(a != b),
                    _ => Err(ConstError::Invalid),
                }
            }
            (ConstValue::String(a), ConstValue::String(b)) => Some(a.cmp(b)),
            (ConstValue::Int(a), ConstValue::Int(b)) => Some(a.cmp(b)),
            _ => x.as_rat().zip(y.as_rat()).map(|(a, b)| a.cmp(&b)),
        };
        let ord = ord.ok_or(ConstError::Invalid)?;
        Ok(match op {
            Eq => ord == Ordering::Equal,
            Ne => ord != Ordering::Equal,
            Lt => ord == Ordering::Less,
            Le => ord != Ordering::Greater,
            Gt => ord == Ordering::Greater,
            Ge => ord != Ordering::Less,
            _ => return Err(ConstError::Invalid),
        })
    }
}

/// Formats a float constant as Go's compiler does in messages (go/constant's
/// `floatVal.String`: `%.6g`, or `%g` when that would hide a fraction):
/// `1e+100`, `0.5`, `1.23457`, `5e+38`.
fn format_float(f: f64, integral: bool) -> String {
    use minigo_stdlib::strconv::format_float as go_format;
    let s = go_format(f, b'g', 6, 64);
    if !integral && !s.contains('.') {
        return go_format(f, b'g', -1, 64);
    }
    s
}

impl fmt::Display for ConstValue {
    /// As Go prints constants in diagnostics: `300`, `1e+100`, `"abc"`, `true`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(x) => match x.to_f64() {
                v if v.is_finite() && (v != 0.0 || x.is_zero()) => write!(f, "{}", format_float(v, self.is_integral())),
                _ => write!(f, "{}", x.approx_scientific()),
            },
            ConstValue::String(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_ranges() {
        assert_eq!(BigInt::parse_literal("0x_1F"), Some(BigInt::from_i64(31)));
        assert_eq!(BigInt::parse_literal("017"), Some(BigInt::from_i64(15)));
        assert_eq!(BigInt::parse_literal("0b101"), Some(BigInt::from_i64(5)));
        assert!(ConstValue::int(300).representable(BasicKind::Int8).is_none());
        assert!(ConstValue::int(255).representable(BasicKind::Uint8).is_some());
        assert_eq!(ConstValue::float(2.0).representable(BasicKind::Int), Some(ConstValue::int(2)));
        assert_eq!(ConstValue::shift(BinOp::Shl, &ConstValue::int(1), 64), Ok(ConstValue::Int(BigInt::from_i128(1 << 64))));
        assert_eq!(ConstValue::shift(BinOp::Shl, &ConstValue::int(1), 512), Err(ConstError::Overflow));
        let big = ConstValue::shift(BinOp::Shl, &ConstValue::int(1), 300).unwrap();
        assert_eq!(ConstValue::shift(BinOp::Shr, &big, 298), Ok(ConstValue::int(4)));
        assert_eq!(format!("{}", ConstValue::float(1e100)), "1e+100");
        let tiny = ConstValue::binary(BinOp::Mul, &ConstValue::float(2f64.powi(-1022)), &ConstValue::float(2f64.powi(-52)), false);
        assert_eq!(tiny, Ok(ConstValue::float(5e-324)));
        let max = ConstValue::binary(BinOp::Mul, &ConstValue::float(2f64.powi(1023)), &ConstValue::float(2.0 - 2f64.powi(-52)), false);
        assert_eq!(max, Ok(ConstValue::float(f64::MAX)));
    }
}

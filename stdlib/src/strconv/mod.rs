//! Owns package `strconv`'s engines: integer and float formatting and parsing,
//! `Quote`, and the `*NumError` messages, byte for byte as Go prints them.
//! Must not know the vm's values: natives wrap these functions.

mod atof;
mod atoi;
mod ftoa;
mod isprint;
mod quote;

pub use atof::{parse_float, GO_NAN};
pub use atoi::{atoi, parse_bool, parse_int, parse_uint};
pub use ftoa::{append_float, format_float};
pub use isprint::{is_graphic, is_print};
pub use quote::{append_quote, append_quote_rune, append_quote_with, can_backquote, quote, quote_rune};

/// Why a parse failed (Go's `ErrSyntax`, `ErrRange` and the base/bit-size errors).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

/// Go's `*strconv.NumError`: the failing function, its input and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    pub func: &'static str,
    pub num: Vec<u8>,
    pub kind: NumErrorKind,
}

impl NumError {
    pub(crate) fn new(func: &'static str, num: &[u8], kind: NumErrorKind) -> NumError {
        NumError { func, num: num.to_vec(), kind }
    }

    /// The text of the wrapped error (`e.Err.Error()`).
    pub fn reason(&self) -> String {
        match self.kind {
            NumErrorKind::Syntax => "invalid syntax".to_string(),
            NumErrorKind::Range => "value out of range".to_string(),
            NumErrorKind::Base(b) => format!("invalid base {b}"),
            NumErrorKind::BitSize(b) => format!("invalid bit size {b}"),
        }
    }

    /// `e.Error()`: `strconv.Atoi: parsing "x": invalid syntax`.
    pub fn message(&self) -> Vec<u8> {
        let mut out = format!("strconv.{}: parsing ", self.func).into_bytes();
        append_quote(&mut out, &self.num);
        out.extend_from_slice(b": ");
        out.extend_from_slice(self.reason().as_bytes());
        out
    }
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Go's `FormatUint(u, base)`; `base` must be in 2..=36 (callers check).
pub fn format_uint(mut u: u64, base: u32) -> String {
    if u == 0 {
        return "0".to_string();
    }
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    while u > 0 {
        i -= 1;
        buf[i] = DIGITS[(u % base as u64) as usize];
        u /= base as u64;
    }
    String::from_utf8_lossy(&buf[i..]).into_owned()
}

/// Go's `FormatInt(i, base)`; `base` must be in 2..=36 (callers check).
pub fn format_int(i: i64, base: u32) -> String {
    if i < 0 {
        format!("-{}", format_uint(i.unsigned_abs(), base))
    } else {
        format_uint(i as u64, base)
    }
}

/// Go's `Itoa`.
pub fn itoa(i: i64) -> String {
    let mut buf = [0u8; 20];
    String::from_utf8_lossy(format_decimal(i, &mut buf)).into_owned()
}

/// Decimal formatting without allocation, shared with the vm's `strconv.Itoa` instruction.
pub use minigo_vm::fmtint::format_decimal;

/// Go's panic text for `FormatInt` with a bad base.
pub const ILLEGAL_BASE: &str = "strconv: illegal AppendInt/FormatInt base";

#[cfg(test)]
mod tests;

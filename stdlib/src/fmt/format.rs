//! Owns how one operand's text is laid out once the printer has chosen what
//! to show: the field layout (width counted in runes, `-` for left
//! alignment, `0` for zero fill), integer notations with their prefixes and
//! signs, `%c %q %U` of code points, strings and byte slices in
//! `%s %q %x % x`, and floats with `#`, signs and zero fill.
//! Must not know operands' types, which verb suits which type, or methods.

use crate::strconv;
use crate::utf8;

/// The flags of one verb plus its width and precision, as parsed from the
/// format string (`plus_v`/`sharp_v` are `+`/`#` moved aside by `%v`).
#[derive(Clone, Copy, Default, Debug)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: Go-syntax representation.
    pub sharp_v: bool,
    pub wid: i64,
    pub prec: i64,
}

/// The notations an integer verb can ask for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Radix {
    /// `%b`
    Binary,
    /// `%o`
    Octal,
    /// `%O`: octal that always carries `0o`.
    OctalWithPrefix,
    /// `%d` and `%v`
    Decimal,
    /// `%x`
    HexLower,
    /// `%X`
    HexUpper,
}

impl Radix {
    fn base(self) -> u64 {
        match self {
            Radix::Binary => 2,
            Radix::Octal | Radix::OctalWithPrefix => 8,
            Radix::Decimal => 10,
            Radix::HexLower | Radix::HexUpper => 16,
        }
    }

    /// How many digits `n` has in this notation.
    fn digit_count(self, n: u64) -> usize {
        n.checked_ilog(self.base()).map_or(1, |log| log as usize + 1)
    }

    /// Appends the digits of `n`, most significant first.
    fn write_digits(self, out: &mut Vec<u8>, n: u64) {
        use std::io::Write;
        // Writing to a Vec cannot fail.
        let _ = match self {
            Radix::Binary => write!(out, "{n:b}"),
            Radix::Octal | Radix::OctalWithPrefix => write!(out, "{n:o}"),
            Radix::Decimal => write!(out, "{n}"),
            Radix::HexLower => write!(out, "{n:x}"),
            Radix::HexUpper => write!(out, "{n:X}"),
        };
    }
}

/// The output of one print call and the flags of the verb being written.
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

/// Whether a piece may be widened with zeros (spaces are always allowed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ZeroFill {
    Allowed,
    Never,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    /// Lays out `lead` then `body` in the field. Room left in the width goes
    /// after both with `-`, between them as zeros when `0` is set and
    /// `zeros` allows it, and otherwise in front as spaces.
    fn place(&mut self, lead: &[u8], body: &[u8], zeros: ZeroFill) {
        let room = if self.f.wid_present {
            self.f.wid - (utf8::rune_count(lead) + utf8::rune_count(body)) as i64
        } else {
            0
        };
        let room = room.max(0) as usize;
        if self.f.minus {
            self.buf.extend_from_slice(lead);
            self.buf.extend_from_slice(body);
            self.buf.resize(self.buf.len() + room, b' ');
        } else if self.f.zero && zeros == ZeroFill::Allowed {
            self.buf.extend_from_slice(lead);
            self.buf.resize(self.buf.len() + room, b'0');
            self.buf.extend_from_slice(body);
        } else {
            self.buf.resize(self.buf.len() + room, b' ');
            self.buf.extend_from_slice(lead);
            self.buf.extend_from_slice(body);
        }
    }

    /// Writes `text` as one piece of the field (zero fill goes in front).
    pub fn pad(&mut self, text: &[u8]) {
        self.place(b"", text, ZeroFill::Allowed);
    }

    /// `%t`.
    pub fn boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// The sign an operand shows: `-` when negative, else `+` for the `+`
    /// flag, a space for the space flag, or nothing.
    fn sign(&self, negative: bool) -> &'static [u8] {
        if negative {
            b"-"
        } else if self.f.plus {
            b"+"
        } else if self.f.space {
            b" "
        } else {
            b""
        }
    }

    /// An integer in `radix`; `bits` is read as two's complement when `signed`.
    ///
    /// Zero fill is expressed as a minimum number of digits: the precision
    /// when one is given (where `.0` prints nothing at all for zero), else the
    /// width less the sign's column. The base prefix of `#` and `%O` is not
    /// counted, so `%#08x` of 255 is `0x000000ff`. The whole is then padded
    /// with spaces only.
    pub fn integer(&mut self, bits: u64, signed: bool, radix: Radix) {
        let negative = signed && (bits as i64) < 0;
        let magnitude = if negative { (bits as i64).unsigned_abs() } else { bits };
        let sign = self.sign(negative);
        let min_digits = if self.f.prec_present {
            if self.f.prec == 0 && magnitude == 0 {
                self.place(b"", b"", ZeroFill::Never);
                return;
            }
            self.f.prec
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            self.f.wid - sign.len() as i64
        } else {
            0
        };
        let digit_count = radix.digit_count(magnitude);
        let zeros = (min_digits.max(0) as usize).saturating_sub(digit_count);
        let mut text = Vec::with_capacity(digit_count + zeros + 4);
        text.extend_from_slice(sign);
        if radix == Radix::OctalWithPrefix {
            text.extend_from_slice(b"0o");
        }
        if self.f.sharp {
            match radix {
                Radix::Binary => text.extend_from_slice(b"0b"),
                Radix::HexLower => text.extend_from_slice(b"0x"),
                Radix::HexUpper => text.extend_from_slice(b"0X"),
                // An octal number shown with `#` starts with a 0, either its
                // own (zero itself, or zero fill) or one added.
                Radix::Octal | Radix::OctalWithPrefix if zeros == 0 && magnitude != 0 => text.push(b'0'),
                _ => {}
            }
        }
        text.resize(text.len() + zeros, b'0');
        radix.write_digits(&mut text, magnitude);
        self.place(b"", &text, ZeroFill::Never);
    }

    /// A pointer-sized value in lower-case hex, with or without `0x`, however
    /// the verb's own `#` was set.
    pub fn hex_address(&mut self, addr: u64, with_0x: bool) {
        let sharp = std::mem::replace(&mut self.f.sharp, with_0x);
        self.integer(addr, false, Radix::HexLower);
        self.f.sharp = sharp;
    }

    /// `%U`: `U+` and at least four upper-case hex digits (more with a larger
    /// precision); `#` adds the character in single quotes when printable.
    pub fn code_point(&mut self, u: u64) {
        let min_digits = if self.f.prec_present { self.f.prec.max(4) as usize } else { 4 };
        let mut text = format!("U+{u:0min_digits$X}").into_bytes();
        if self.f.sharp && u <= utf8::MAX_RUNE as u64 && strconv::is_print(u as u32) {
            text.extend_from_slice(b" '");
            utf8::encode_rune(&mut text, u as i64);
            text.push(b'\'');
        }
        self.place(b"", &text, ZeroFill::Never);
    }

    /// `%c`: the character, or U+FFFD past the last code point.
    pub fn character(&mut self, c: u64) {
        let mut text = Vec::with_capacity(utf8::UTF_MAX);
        utf8::encode_rune(&mut text, clamp_rune(c));
        self.pad(&text);
    }

    /// `%q` of an integer: a Go rune literal, ASCII-only with `+`.
    pub fn quoted_character(&mut self, c: u64) {
        let mut text = Vec::with_capacity(12);
        strconv::append_quote_rune(&mut text, clamp_rune(c), self.f.plus, false);
        self.pad(&text);
    }

    /// The first `prec` runes of `s` when a precision is set.
    fn clipped<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if !self.f.prec_present {
            return s;
        }
        let keep = self.f.prec.max(0) as usize;
        match utf8::runes(s).nth(keep) {
            Some((cut, _, _)) => &s[..cut],
            None => s,
        }
    }

    /// `%s` of a string or byte slice.
    pub fn text(&mut self, s: &[u8]) {
        let s = self.clipped(s);
        self.pad(s);
    }

    /// `%q` of a string: a Go string literal (ASCII-only with `+`), or a raw
    /// one in backquotes with `#` when the text allows it.
    pub fn quoted_text(&mut self, s: &[u8]) {
        let s = self.clipped(s);
        let mut text = Vec::with_capacity(s.len() + 2);
        if self.f.sharp && strconv::can_backquote(s) {
            text.push(b'`');
            text.extend_from_slice(s);
            text.push(b'`');
        } else {
            strconv::append_quote_with(&mut text, s, b'"', self.f.plus, false);
        }
        self.pad(&text);
    }

    /// `%x`/`%X` of a string or byte slice: two digits a byte, the precision
    /// counting bytes; the space flag separates bytes and `#` prefixes `0x`
    /// (to each byte when spaced, once otherwise).
    pub fn hex_bytes(&mut self, s: &[u8], upper: bool) {
        let s = match self.f.prec_present {
            true if (self.f.prec.max(0) as usize) < s.len() => &s[..self.f.prec.max(0) as usize],
            _ => s,
        };
        let prefix: &[u8] = match (self.f.sharp, upper) {
            (false, _) => b"",
            (true, false) => b"0x",
            (true, true) => b"0X",
        };
        let digits: &[u8; 16] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
        let mut text = Vec::with_capacity(s.len() * 5);
        for (i, byte) in s.iter().enumerate() {
            if i == 0 || self.f.space {
                if i > 0 {
                    text.push(b' ');
                }
                text.extend_from_slice(prefix);
            }
            text.extend_from_slice(&[digits[(byte >> 4) as usize], digits[(byte & 0xF) as usize]]);
        }
        self.pad(&text);
    }

    /// A float in `verb` (`b e E f g G x X`); `default_prec` applies when the
    /// format gives none (-1: the shortest exact form).
    ///
    /// Infinities always show their sign, NaN only with `+` or space; neither
    /// is zero filled. Other values put zero fill between the sign and the
    /// digits. With `#` (except `%b`) the mantissa keeps its point, and
    /// `%g %G %x` (and `%v`) keep trailing zeros up to the precision, six
    /// when none is given.
    pub fn float(&mut self, v: f64, bit_size: u32, verb: char, default_prec: i64) {
        let prec = if self.f.prec_present { self.f.prec } else { default_prec };
        let mut formatted = Vec::with_capacity(24);
        strconv::append_float(&mut formatted, v, verb as u8, prec, bit_size);
        let negative = formatted.first() == Some(&b'-');
        let unsigned = match formatted.first() {
            Some(b'-' | b'+') => &formatted[1..],
            _ => &formatted[..],
        };
        if unsigned == b"Inf" || unsigned == b"NaN" {
            let sign: &[u8] = match self.sign(negative) {
                b"" if unsigned == b"Inf" => b"+",
                sign => sign,
            };
            let text = [sign, unsigned].concat();
            self.place(b"", &text, ZeroFill::Never);
            return;
        }
        let body = if self.f.sharp && verb != 'b' {
            let keep_zeros_to = match verb {
                'g' | 'G' | 'x' if prec < 0 => 6,
                'g' | 'G' | 'x' => prec as usize,
                _ => 0,
            };
            with_point_kept(unsigned, verb, keep_zeros_to)
        } else {
            unsigned.to_vec()
        };
        self.place(self.sign(negative), &body, ZeroFill::Allowed);
    }
}

/// Values past the last code point print as U+FFFD.
fn clamp_rune(c: u64) -> i64 {
    if c > utf8::MAX_RUNE as u64 {
        utf8::RUNE_ERROR as i64
    } else {
        c as i64
    }
}

/// The `#` form of an unsigned float text: a decimal point in the mantissa
/// (before any exponent) and, for `keep` > 0, zeros appended until the
/// mantissa has `keep` significant characters. Significant characters are
/// those from the first one that is neither `0` nor the point (in `%x` that
/// is the `x` of `0x`); a bare `0` mantissa counts as one.
fn with_point_kept(unsigned: &[u8], verb: char, keep: usize) -> Vec<u8> {
    let hex = matches!(verb, 'x' | 'X');
    let exponent_at = unsigned
        .iter()
        .position(|&c| matches!(c, b'p' | b'P') || (!hex && matches!(c, b'e' | b'E')))
        .unwrap_or(unsigned.len());
    let (mantissa, exponent) = unsigned.split_at(exponent_at);
    let significant = if mantissa == b"0" {
        1
    } else {
        mantissa.iter().skip_while(|&&c| c == b'0' || c == b'.').filter(|&&c| c != b'.').count()
    };
    let mut out = Vec::with_capacity(unsigned.len() + keep + 1);
    out.extend_from_slice(mantissa);
    if !mantissa.contains(&b'.') {
        out.push(b'.');
    }
    out.resize(out.len() + keep.saturating_sub(significant), b'0');
    out.extend_from_slice(exponent);
    out
}

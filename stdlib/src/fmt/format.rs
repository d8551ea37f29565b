//! Owns the low-level formatting of one operand once its verb is known: a
//! faithful port of Go's `fmt/format.go` (padding by runes, integer bases
//! with `#`/`+`/space/zero/precision, `%c %q %U`, strings and byte slices in
//! `%s %q %x % x`, floats with `#` and zero padding).
//! Must not know operands' types, verbs' meaning per type, or methods.

use crate::strconv;
use crate::utf8;

pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one verb (Go's `fmtFlags`) plus width and precision.
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

/// Go's `fmt` type: the output buffer and the current flags.
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(pad, n as usize));
    }

    /// Writes `b` padded to the width (counted in runes).
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - utf8::rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    fn pad_without_zero(&mut self, b: &[u8]) {
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = old;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, with `#` also `U+0041 'A'`.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut digits = Vec::new();
        let mut v = u;
        loop {
            digits.push(UDIGITS[(v & 0xF) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while (digits.len() as i64) < prec {
            digits.push(b'0');
        }
        let mut out = b"U+".to_vec();
        out.extend(digits.iter().rev());
        if self.f.sharp && u <= utf8::MAX_RUNE as u64 && strconv::is_print(u as u32) {
            out.extend_from_slice(b" '");
            utf8::encode_rune(&mut out, u as i64);
            out.push(b'\'');
        }
        self.pad_without_zero(&out);
    }

    /// Go's `fmtInteger`: `u` holds the bits; `signed` says how to read them.
    pub fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        // Built backwards, then reversed.
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        let b = base as u64;
        while u >= b {
            rev.push(digits[(u % b) as usize]);
            u /= b;
        }
        rev.push(digits[u as usize]);
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        self.pad_without_zero(&rev);
    }

    /// Go's `truncate`: keeps at most `prec` runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            for (i, _, _) in utf8::runes(s) {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
            }
        }
        s
    }

    /// `%s`.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice (with `#` and space variants).
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 0xF) as usize]]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// `%q` of a string: `#` prefers backquotes, `+` escapes to ASCII.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut out = Vec::with_capacity(s.len() + 2);
            out.push(b'`');
            out.extend_from_slice(s);
            out.push(b'`');
            self.pad(&out);
            return;
        }
        let mut out = Vec::with_capacity(s.len() + 2);
        strconv::append_quote_with(&mut out, s, b'"', self.f.plus, false);
        self.pad(&out);
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > utf8::MAX_RUNE as u64 { utf8::RUNE_ERROR as i64 } else { c as i64 };
        let mut out = Vec::with_capacity(4);
        utf8::encode_rune(&mut out, r);
        self.pad(&out);
    }

    /// `%q` of an integer: a quoted rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > utf8::MAX_RUNE as u64 { utf8::RUNE_ERROR as i64 } else { c as i64 };
        let mut out = Vec::new();
        strconv::append_quote_rune(&mut out, r, self.f.plus, false);
        self.pad(&out);
    }

    /// Go's `fmtFloat`: `prec` is the default precision for the verb (-1 shortest).
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: char, prec: i64) {
        let prec = if self.f.prec_present { self.f.prec } else { prec };
        let mut num = vec![b'+'];
        strconv::append_float(&mut num, v, verb as u8, prec, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let start = usize::from(num[1] == b'N' && !self.f.space && !self.f.plus);
            self.pad_without_zero(&num[start..]);
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits = match verb {
                'v' | 'g' | 'G' | 'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}

/// Go's `strconv.CanBackquote`: one line, no control characters but tab, no
/// backquote, valid UTF-8 and no U+FEFF.
pub fn can_backquote(s: &[u8]) -> bool {
    for (i, r, w) in utf8::runes(s) {
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == utf8::RUNE_ERROR {
            return false;
        }
        let c = s[i];
        if (c < b' ' && c != b'\t') || c == b'`' || c == 0x7F {
            return false;
        }
    }
    true
}

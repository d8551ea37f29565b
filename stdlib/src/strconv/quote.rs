//! Owns Go's quoting (`strconv.Quote`, `QuoteRune`, and the variants fmt's
//! `%q`/`%+q`/`%#q` use): escapes, `\x` for invalid bytes, `\u`/`\U` for
//! non-printable runes per Go's `IsPrint`. Must not know fmt's flags.

use super::isprint::{is_graphic, is_print};
use crate::utf8::{self, RUNE_ERROR};

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Go's `Quote(s)`.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quote(&mut out, s);
    out
}

/// Go's `AppendQuote`.
pub fn append_quote(out: &mut Vec<u8>, s: &[u8]) {
    append_quote_with(out, s, b'"', false, false);
}

/// Go's `appendQuotedWith` (`QuoteToASCII` with `ascii_only`, `QuoteToGraphic` with `graphic_only`).
pub fn append_quote_with(out: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) {
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = utf8::decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(s[i] >> 4) as usize]);
            out.push(LOWER_HEX[(s[i] & 0xF) as usize]);
        } else {
            append_escaped_rune(out, r as i64, quote, ascii_only, graphic_only);
        }
        i += width;
    }
    out.push(quote);
}

/// Go's `QuoteRune` (and `QuoteRuneToASCII`/`ToGraphic` through the flags).
pub fn append_quote_rune(out: &mut Vec<u8>, r: i64, ascii_only: bool, graphic_only: bool) {
    out.push(b'\'');
    let r = if utf8::valid_rune(r) { r } else { RUNE_ERROR as i64 };
    append_escaped_rune(out, r, b'\'', ascii_only, graphic_only);
    out.push(b'\'');
}

/// Go's `QuoteRune(r)`.
pub fn quote_rune(r: i64) -> Vec<u8> {
    let mut out = Vec::new();
    append_quote_rune(&mut out, r, false, false);
    out
}

fn append_escaped_rune(out: &mut Vec<u8>, r: i64, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as i64 || r == '\\' as i64 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    let printable = (0..=0x10FFFF).contains(&r) && is_print(r as u32);
    if ascii_only {
        if r < 0x80 && printable {
            out.push(r as u8);
            return;
        }
    } else if printable || (graphic_only && (0..=0x10FFFF).contains(&r) && is_graphic(r as u32)) {
        utf8::encode_rune(out, r);
        return;
    }
    match r {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0B => out.extend_from_slice(b"\\v"),
        _ if (0..0x20).contains(&r) || r == 0x7F => {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(r as usize >> 4) & 0xF]);
            out.push(LOWER_HEX[r as usize & 0xF]);
        }
        _ => {
            let r = if utf8::valid_rune(r) { r as u32 } else { 0xFFFD };
            let (prefix, digits): (&[u8], u32) = if r < 0x10000 { (b"\\u", 4) } else { (b"\\U", 8) };
            out.extend_from_slice(prefix);
            for k in (0..digits).rev() {
                out.push(LOWER_HEX[((r >> (4 * k)) & 0xF) as usize]);
            }
        }
    }
}

/// Go's `CanBackquote`: whether `s` fits unchanged in a raw string literal —
/// valid UTF-8 on one line, without backquotes, U+FEFF, or control
/// characters other than tab.
pub fn can_backquote(s: &[u8]) -> bool {
    utf8::runes(s).all(|(_, r, width)| match r {
        RUNE_ERROR => width > 1,
        0xFEFF | 0x60 | 0x7F => false,
        r if r < 0x20 => r == '\t' as u32,
        _ => true,
    })
}

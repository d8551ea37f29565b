//! Owns quoting with the results of Go's `strconv.Quote`, `QuoteRune`,
//! `CanBackquote` and the variants fmt's `%q`/`%+q`/`%#q` use: which runes
//! stay as they are (printable ones per Go's `IsPrint`, or only ASCII), the
//! named escapes, `\x` for invalid bytes and control characters, `\u`/`\U`
//! for the rest. Must not know fmt's flags.

use super::isprint::{is_graphic, is_print};
use crate::utf8::{self, RUNE_ERROR};

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

/// `s` between `quote` characters with what needs it escaped:
/// `ascii_only` escapes every non-ASCII rune (`QuoteToASCII`),
/// `graphic_only` keeps graphic runes such as U+00A0 (`QuoteToGraphic`).
pub fn append_quote_with(out: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) {
    out.push(quote);
    let mut at = 0;
    while at < s.len() {
        let (r, width) = utf8::decode_rune(&s[at..]);
        if r == RUNE_ERROR && width == 1 {
            // A byte that is not valid UTF-8 is shown as itself.
            push_hex_escape(out, b'x', s[at] as u32, 2);
        } else {
            append_escaped_rune(out, r as i64, quote, ascii_only, graphic_only);
        }
        at += width;
    }
    out.push(quote);
}

/// A Go rune literal for `r` (U+FFFD for a value that is not a valid rune),
/// with the same choices as `append_quote_with`.
pub fn append_quote_rune(out: &mut Vec<u8>, r: i64, ascii_only: bool, graphic_only: bool) {
    let r = if utf8::valid_rune(r) { r } else { RUNE_ERROR as i64 };
    out.push(b'\'');
    append_escaped_rune(out, r, b'\'', ascii_only, graphic_only);
    out.push(b'\'');
}

/// Go's `QuoteRune(r)`.
pub fn quote_rune(r: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(3);
    append_quote_rune(&mut out, r, false, false);
    out
}

/// `\` then `letter` then `value` in `digits` lower-case hex digits.
fn push_hex_escape(out: &mut Vec<u8>, letter: u8, value: u32, digits: usize) {
    out.push(b'\\');
    out.push(letter);
    out.extend_from_slice(format!("{value:0digits$x}").as_bytes());
}

/// The letter of C-style escapes Go writes by name.
fn named_escape(r: i64) -> Option<u8> {
    Some(match r {
        0x07 => b'a',
        0x08 => b'b',
        0x09 => b't',
        0x0A => b'n',
        0x0B => b'v',
        0x0C => b'f',
        0x0D => b'r',
        _ => return None,
    })
}

fn append_escaped_rune(out: &mut Vec<u8>, r: i64, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as i64 || r == '\\' as i64 {
        out.extend_from_slice(&[b'\\', r as u8]);
        return;
    }
    let in_range = (0..=utf8::MAX_RUNE as i64).contains(&r);
    let as_is = in_range
        && if ascii_only {
            r < 0x80 && is_print(r as u32)
        } else {
            is_print(r as u32) || (graphic_only && is_graphic(r as u32))
        };
    if as_is {
        utf8::encode_rune(out, r);
    } else if let Some(letter) = named_escape(r) {
        out.extend_from_slice(&[b'\\', letter]);
    } else if (0..0x20).contains(&r) || r == 0x7F {
        push_hex_escape(out, b'x', r as u32, 2);
    } else {
        let r = if utf8::valid_rune(r) { r as u32 } else { RUNE_ERROR };
        if r < 0x10000 {
            push_hex_escape(out, b'u', r, 4);
        } else {
            push_hex_escape(out, b'U', r, 8);
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

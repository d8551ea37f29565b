//! Owns the scanning, validation and decoding of Go literals and comments:
//! numbers (a port of the Go scanner's `number`), runes, interpreted and raw
//! strings with every escape, block comments. Each logos callback consumes
//! the rest of its literal and reports problems worded as the Go compiler
//! words them. Must not know the parser or semicolon insertion.

use logos::Lexer;

use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::{NumberPlaceholder, Token};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NumberKind {
    Int,
    Float,
    Imag,
}

fn report(lex: &mut Lexer<Token>, start: usize, end: usize, message: String) {
    lex.extras.push(Diagnostic::error(Span::new(start, end.max(start + 1)), message));
}

/// Unicode classes of a non-ASCII character in a name (Go's
/// `unicode.IsLetter` and `unicode.IsDigit`).
#[derive(logos::Logos, Debug, PartialEq)]
enum NameChar {
    #[regex(r"\p{L}")]
    Letter,
    #[regex(r"\p{Nd}")]
    Digit,
}

fn name_char(ch: char) -> Option<NameChar> {
    use logos::Logos;
    let mut buf = [0u8; 4];
    NameChar::lexer(ch.encode_utf8(&mut buf)).next().and_then(Result::ok)
}

/// A name: Go's `atIdentChar` checks on every non-ASCII character.
pub fn identifier(lex: &mut Lexer<Token>) -> String {
    let start = lex.span().start;
    let name = lex.slice().to_string();
    for (i, ch) in name.char_indices().filter(|(_, c)| !c.is_ascii()) {
        let message = match name_char(ch) {
            Some(NameChar::Letter) => continue,
            Some(NameChar::Digit) if i > 0 => continue,
            Some(NameChar::Digit) => format!("identifier cannot begin with digit {}", format_code_point(ch as u32)),
            None => format!("invalid character {} in identifier", format_code_point(ch as u32)),
        };
        report(lex, start + i, start + i + ch.len_utf8(), message);
    }
    name
}

/// `/* … */`: consumes up to and including `*/`; true if it spans lines.
pub fn block_comment(lex: &mut Lexer<Token>) -> bool {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(end) => {
            let has_newline = rest[..end].contains('\n');
            lex.bump(end + 2);
            has_newline
        }
        None => {
            let start = lex.span().start;
            let has_newline = rest.contains('\n');
            lex.bump(rest.len());
            report(lex, start, start + 2, "comment not terminated".into());
            has_newline
        }
    }
}

fn lower(b: u8) -> u8 {
    b | 0x20
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&lower(b))
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// A cursor over the bytes of a literal, starting at the literal's first byte.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn ch(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }
    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }
    /// Go's `digits`: `{ digit | '_' }`; bit 0 = digit seen, bit 1 = `_` seen.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while self.ch().is_ascii_digit() || self.ch() == b'_' {
                if self.ch() == b'_' {
                    digsep |= 2;
                } else {
                    digsep |= 1;
                    if self.ch() >= max && invalid.is_none() {
                        *invalid = Some(self.pos);
                    }
                }
                self.pos += 1;
            }
        } else {
            while is_hex(self.ch()) || self.ch() == b'_' {
                digsep |= if self.ch() == b'_' { 2 } else { 1 };
                self.pos += 1;
            }
        }
        digsep
    }
}

/// A number literal, scanned exactly as Go's scanner does (`[0-9]` or `.[0-9]`
/// has matched). Errors are reported; the token is returned regardless.
pub fn number(lex: &mut Lexer<Token>) -> NumberPlaceholder {
    let start = lex.span().start;
    let source = lex.source();
    let bytes = &source.as_bytes()[start..];
    let mut cur = Cursor { bytes, pos: 0 };
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut ok = true;
    let mut kind = NumberKind::Int;
    let mut base = 10;
    let mut prefix = 0u8;
    let mut digsep = 0;
    let mut invalid = None;
    let mut seen_point = false;

    if cur.ch() == b'.' {
        cur.pos += 1;
        seen_point = true;
    } else {
        if cur.ch() == b'0' {
            cur.pos += 1;
            match lower(cur.ch()) {
                b'x' => {
                    cur.pos += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    cur.pos += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    cur.pos += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= cur.digits(base, &mut invalid);
        if cur.ch() == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errors.push((cur.pos, format!("invalid radix point in {} literal", base_name(base))));
                ok = false;
            }
            cur.pos += 1;
            seen_point = true;
        }
    }
    if seen_point {
        kind = NumberKind::Float;
        digsep |= cur.digits(base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        errors.push((cur.pos, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    let e = lower(cur.ch());
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errors.push((cur.pos, format!("'{}' exponent requires decimal mantissa", cur.ch() as char)));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errors.push((cur.pos, format!("'{}' exponent requires hexadecimal mantissa", cur.ch() as char)));
                ok = false;
            }
        }
        cur.pos += 1;
        kind = NumberKind::Float;
        if cur.ch() == b'+' || cur.ch() == b'-' {
            cur.pos += 1;
        }
        digsep = cur.digits(10, &mut None) | (digsep & 2);
        if digsep & 1 == 0 && ok {
            errors.push((cur.pos, "exponent has no digits".into()));
            ok = false;
        }
    } else if prefix == b'x' && kind == NumberKind::Float && ok {
        errors.push((cur.pos, "hexadecimal mantissa requires a 'p' exponent".into()));
        ok = false;
    }
    if cur.ch() == b'i' {
        kind = NumberKind::Imag;
        cur.pos += 1;
    }
    let text = &source[start..start + cur.pos];
    if kind == NumberKind::Int && ok {
        if let Some(i) = invalid {
            errors.push((i, format!("invalid digit '{}' in {} literal", bytes[i] as char, base_name(base))));
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(i) = invalid_separator(text.as_bytes()) {
            errors.push((i, "'_' must separate successive digits".into()));
        }
    }
    lex.bump(cur.pos - lex.span().len());
    for (offset, message) in errors {
        report(lex, start + offset, start + offset + 1, message);
    }
    NumberPlaceholder { kind, text: text.to_string() }
}

/// Go's `invalidSep`: index of the first misplaced `_` in a number literal.
fn invalid_separator(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = lower(x[1]);
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && is_hex(d)) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// What one escape sequence decoded to.
enum Escaped {
    /// A code point (`\u`, `\U`, `\n`, …): appended as UTF-8.
    Char(u32),
    /// A byte (`\x`, octal): appended as is.
    Byte(u8),
    /// Reported already (or EOF, reported by the caller).
    Bad,
}

/// Go's `escape`: `cur` is just after the backslash.
fn escape(cur: &mut Cursor, quote: u8, errors: &mut Vec<(usize, String)>) -> Escaped {
    let (n, base, max): (usize, u32, u32) = match cur.ch() {
        b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
            let c = match cur.ch() {
                b'a' => 7,
                b'b' => 8,
                b'f' => 12,
                b'n' => 10,
                b'r' => 13,
                b't' => 9,
                b'v' => 11,
                _ => b'\\' as u32,
            };
            cur.pos += 1;
            return Escaped::Char(c);
        }
        c if c == quote && !cur.at_end() => {
            cur.pos += 1;
            return Escaped::Char(c as u32);
        }
        b'0'..=b'7' => (3, 8, 255),
        b'x' => {
            cur.pos += 1;
            (2, 16, 255)
        }
        b'u' => {
            cur.pos += 1;
            (4, 16, 0x10FFFF)
        }
        b'U' => {
            cur.pos += 1;
            (8, 16, 0x10FFFF)
        }
        _ => {
            if cur.at_end() {
                return Escaped::Bad;
            }
            errors.push((cur.pos, "unknown escape".into()));
            return Escaped::Bad;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        if cur.at_end() {
            return Escaped::Bad;
        }
        let c = cur.ch();
        let d = if c.is_ascii_digit() {
            (c - b'0') as u32
        } else if (b'a'..=b'f').contains(&lower(c)) {
            (lower(c) - b'a' + 10) as u32
        } else {
            base
        };
        if d >= base {
            let shown = next_char_at(cur);
            errors.push((cur.pos, format!("invalid character {} in {} escape", crate::token::quote_rune(shown), base_name(base))));
            return Escaped::Bad;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        cur.pos += 1;
    }
    if x > max && base == 8 {
        errors.push((cur.pos, format!("octal escape value {x} > 255")));
        return Escaped::Bad;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        errors.push((cur.pos, format!("escape is invalid Unicode code point {}", format_code_point(x))));
        return Escaped::Bad;
    }
    if n <= 3 && base != 16 || n == 2 {
        Escaped::Byte(x as u8)
    } else {
        Escaped::Char(x)
    }
}

/// Go's `%#U`: `U+0040 '@'` (the character only when printable).
pub fn format_code_point(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if !c.is_control() => format!("U+{x:04X} '{c}'"),
        _ => format!("U+{x:04X}"),
    }
}

fn next_char_at(cur: &Cursor) -> u32 {
    let rest = &cur.bytes[cur.pos..];
    let text = match std::str::from_utf8(rest) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""),
    };
    text.chars().next().map(|c| c as u32).unwrap_or(0)
}

fn push_char(out: &mut Vec<u8>, c: u32) {
    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

/// `"…"`: decoded bytes; stops at a newline or EOF with Go's errors.
pub fn interpreted_string(lex: &mut Lexer<Token>) -> Vec<u8> {
    let start = lex.span().start;
    let bytes = &lex.source().as_bytes()[start..];
    let mut cur = Cursor { bytes, pos: 1 };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    loop {
        if cur.at_end() {
            errors.push((0, "string not terminated".into()));
            break;
        }
        match cur.ch() {
            b'"' => {
                cur.pos += 1;
                break;
            }
            b'\\' => {
                cur.pos += 1;
                match escape(&mut cur, b'"', &mut errors) {
                    Escaped::Char(c) => push_char(&mut out, c),
                    Escaped::Byte(b) => out.push(b),
                    Escaped::Bad => {}
                }
            }
            b'\n' => {
                errors.push((cur.pos, "newline in string".into()));
                break;
            }
            b => {
                out.push(b);
                cur.pos += 1;
            }
        }
    }
    lex.bump(cur.pos - 1);
    for (offset, message) in errors {
        report(lex, start + offset, start + offset + 1, message);
    }
    out
}

/// `` `…` ``: the bytes between the backquotes, carriage returns removed.
pub fn raw_string(lex: &mut Lexer<Token>) -> Vec<u8> {
    let start = lex.span().start;
    let rest = lex.remainder();
    match rest.find('`') {
        Some(end) => {
            let out = rest[..end].bytes().filter(|&b| b != b'\r').collect();
            lex.bump(end + 1);
            out
        }
        None => {
            let out = rest.bytes().filter(|&b| b != b'\r').collect();
            lex.bump(rest.len());
            report(lex, start, start + 1, "string not terminated".into());
            out
        }
    }
}

/// `'…'`: the code point (or byte value for `\x`/octal escapes).
pub fn rune_lit(lex: &mut Lexer<Token>) -> u32 {
    let start = lex.span().start;
    let bytes = &lex.source().as_bytes()[start..];
    let mut cur = Cursor { bytes, pos: 1 };
    let mut errors = Vec::new();
    let mut ok = true;
    let mut value = 0u32;
    let mut n = 0;
    loop {
        if cur.at_end() {
            if ok {
                errors.push((0, "rune literal not terminated".into()));
            }
            break;
        }
        match cur.ch() {
            b'\'' => {
                if ok {
                    if n == 0 {
                        errors.push((cur.pos, "empty rune literal or unescaped '".into()));
                    } else if n != 1 {
                        errors.push((0, "more than one character in rune literal".into()));
                    }
                }
                cur.pos += 1;
                break;
            }
            b'\\' => {
                cur.pos += 1;
                match escape(&mut cur, b'\'', &mut errors) {
                    Escaped::Char(c) => value = c,
                    Escaped::Byte(b) => value = b as u32,
                    Escaped::Bad => ok = false,
                }
            }
            b'\n' => {
                if ok {
                    errors.push((cur.pos, "newline in rune literal".into()));
                }
                break;
            }
            _ => {
                let c = next_char_at(&cur);
                value = c;
                cur.pos += char::from_u32(c).map(|c| c.len_utf8()).unwrap_or(1);
            }
        }
        n += 1;
    }
    lex.bump(cur.pos - 1);
    for (offset, message) in errors {
        report(lex, start + offset, start + offset + 1, message);
    }
    value
}

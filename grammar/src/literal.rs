//! Owns the scanning, validation and decoding of Go literals and comments:
//! numbers (with the Go compiler's error for each malformed one), runes, interpreted and raw
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

/// A name; each non-ASCII character must be a letter, or a digit after the
/// first character, else the Go compiler's error for it is reported.
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
}

/// What a number literal's start says about its digits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prefix {
    /// No prefix (or a literal starting with `.`): decimal.
    Decimal,
    /// A bare leading `0`: octal for integers, decimal digits allowed in floats.
    LeadingZero,
    Octal,
    Binary,
    Hex,
}

impl Prefix {
    fn radix(self) -> u32 {
        match self {
            Prefix::Decimal => 10,
            Prefix::LeadingZero | Prefix::Octal => 8,
            Prefix::Binary => 2,
            Prefix::Hex => 16,
        }
    }

    /// Whether the prefix is written with a letter (`0x`, `0o`, `0b`).
    fn lettered(self) -> bool {
        matches!(self, Prefix::Octal | Prefix::Binary | Prefix::Hex)
    }
}

/// One run of digits and underscores inside a number literal.
#[derive(Default)]
struct DigitRun {
    digits: bool,
    underscores: bool,
    /// Where the first decimal digit too large for the radix sits.
    too_large_at: Option<usize>,
}

impl Cursor<'_> {
    /// Consumes digits (hex digits for radix 16, any decimal digit otherwise)
    /// and underscores.
    fn digit_run(&mut self, radix: u32) -> DigitRun {
        let mut run = DigitRun::default();
        loop {
            let c = self.ch();
            if c == b'_' {
                run.underscores = true;
            } else if c.is_ascii_digit() || (radix == 16 && is_hex(c)) {
                run.digits = true;
                if radix < 10 && (c - b'0') as u32 >= radix && run.too_large_at.is_none() {
                    run.too_large_at = Some(self.pos);
                }
            } else {
                return run;
            }
            self.pos += 1;
        }
    }
}

/// A number literal (`[0-9]` or `.[0-9]` has matched): consumes the longest
/// run Go's scanner takes as one number, then reports the first problem it
/// has, worded and placed as the Go compiler does. The token is returned
/// regardless.
pub fn number(lex: &mut Lexer<Token>) -> NumberPlaceholder {
    let start = lex.span().start;
    let source = lex.source();
    let bytes = &source.as_bytes()[start..];
    let mut cur = Cursor { bytes, pos: 0 };
    // The first problem found, as (offset, message); later ones are not reported.
    let mut problem: Option<(usize, String)> = None;
    let mut note = |at: usize, message: String| {
        problem.get_or_insert((at, message));
    };

    let prefix = match (cur.ch(), bytes.get(1).map(|&c| lower(c))) {
        (b'0', Some(b'x')) => Prefix::Hex,
        (b'0', Some(b'o')) => Prefix::Octal,
        (b'0', Some(b'b')) => Prefix::Binary,
        (b'0', _) => Prefix::LeadingZero,
        _ => Prefix::Decimal,
    };
    cur.pos = match prefix {
        Prefix::Decimal => 0,
        Prefix::LeadingZero => 1,
        _ => 2,
    };
    let radix = prefix.radix();
    let name = base_name(radix);

    // Mantissa: integer digits, then a point and fraction digits.
    let mut mantissa = if cur.ch() == b'.' { DigitRun::default() } else { cur.digit_run(radix) };
    let mut kind = NumberKind::Int;
    if cur.ch() == b'.' {
        if matches!(prefix, Prefix::Octal | Prefix::Binary) {
            note(cur.pos, format!("invalid radix point in {name} literal"));
        }
        cur.pos += 1;
        kind = NumberKind::Float;
        let fraction = cur.digit_run(radix);
        mantissa.digits |= fraction.digits;
        mantissa.underscores |= fraction.underscores;
        mantissa.too_large_at = mantissa.too_large_at.or(fraction.too_large_at);
    }
    // The leading 0 of an old-style octal literal is a digit itself.
    if !mantissa.digits && prefix != Prefix::LeadingZero {
        note(cur.pos, format!("{name} literal has no digits"));
    }

    // Exponent: `e` for decimal mantissas, `p` for hex ones (both read in
    // decimal), each with an optional sign.
    let mut underscores = mantissa.underscores;
    match lower(cur.ch()) {
        marker @ (b'e' | b'p') => {
            let written = cur.ch() as char;
            if marker == b'e' && prefix.lettered() {
                note(cur.pos, format!("'{written}' exponent requires decimal mantissa"));
            } else if marker == b'p' && prefix != Prefix::Hex {
                note(cur.pos, format!("'{written}' exponent requires hexadecimal mantissa"));
            }
            cur.pos += 1;
            kind = NumberKind::Float;
            if matches!(cur.ch(), b'+' | b'-') {
                cur.pos += 1;
            }
            let exponent = cur.digit_run(10);
            underscores |= exponent.underscores;
            if !exponent.digits {
                note(cur.pos, "exponent has no digits".into());
            }
        }
        _ if prefix == Prefix::Hex && kind == NumberKind::Float => {
            note(cur.pos, "hexadecimal mantissa requires a 'p' exponent".into());
        }
        _ => {}
    }
    if cur.ch() == b'i' {
        kind = NumberKind::Imag;
        cur.pos += 1;
    }
    let text = &source[start..start + cur.pos];
    // Digits too large for the radix only matter in integers (`09.5` and
    // `09i` are decimal).
    if let (NumberKind::Int, Some(at)) = (kind, mantissa.too_large_at) {
        note(at, format!("invalid digit '{}' in {name} literal", bytes[at] as char));
    }
    if underscores {
        if let Some(at) = misplaced_underscore(text.as_bytes()) {
            note(at, "'_' must separate successive digits".into());
        }
    }
    lex.bump(cur.pos - lex.span().len());
    if let Some((offset, message)) = problem {
        report(lex, start + offset, start + offset + 1, message);
    }
    NumberPlaceholder { kind, text: text.to_string() }
}

/// The first `_` in a number literal that does not sit between two digits
/// (a lettered base prefix counts as a digit before it). An underscore
/// followed by another is the second one's fault.
fn misplaced_underscore(text: &[u8]) -> Option<usize> {
    let lettered = text.len() >= 2 && text[0] == b'0' && matches!(lower(text[1]), b'x' | b'o' | b'b');
    let hex = lettered && lower(text[1]) == b'x';
    let is_digit = |c: u8| c.is_ascii_digit() || (hex && is_hex(c));
    let body = if lettered { 2 } else { 0 };
    (body..text.len()).filter(|&at| text[at] == b'_').find(|&at| {
        let digit_before = if at == body { lettered } else { is_digit(text[at - 1]) };
        let next = text.get(at + 1).copied();
        let digit_or_underscore_after = next.is_some_and(|c| c == b'_' || is_digit(c));
        !digit_before || !digit_or_underscore_after
    })
}

/// How an escape sequence ended.
enum Escape {
    /// A code point (`\n`, `\u00e9`, an escaped quote): stored as UTF-8.
    Char(u32),
    /// A byte (`\x41`, `\101`): stored as is.
    Byte(u8),
    /// The source ended inside it; the literal reports itself unterminated.
    Unfinished,
    /// Malformed, and reported.
    Invalid,
}

/// The character a one-letter escape stands for (`quote` is the literal's
/// own quote, the only quote it may escape).
fn simple_escape(c: u8, quote: u8) -> Option<u32> {
    Some(match c {
        b'a' => 0x07,
        b'b' => 0x08,
        b'f' => 0x0C,
        b'n' => 0x0A,
        b'r' => 0x0D,
        b't' => 0x09,
        b'v' => 0x0B,
        b'\\' => b'\\' as u32,
        c if c == quote => c as u32,
        _ => return None,
    })
}

/// Reads one escape, `cur` just after its backslash: a simple one, or a
/// numeric one (three octal digits, or `x`, `u`, `U` and two, four or eight
/// hex digits) whose value must be a byte (octal, `\x`) or a code point
/// outside the surrogates (`\u`, `\U`). An unknown escape is reported at
/// its letter, which is left to be read as an ordinary character.
fn read_escape(cur: &mut Cursor, quote: u8, errors: &mut Vec<(usize, String)>) -> Escape {
    if cur.at_end() {
        return Escape::Unfinished;
    }
    let lead = cur.ch();
    if let Some(c) = simple_escape(lead, quote) {
        cur.pos += 1;
        return Escape::Char(c);
    }
    let (digits, radix, is_byte) = match lead {
        b'0'..=b'7' => (3, 8, true),
        b'x' => (2, 16, true),
        b'u' => (4, 16, false),
        b'U' => (8, 16, false),
        _ => {
            errors.push((cur.pos, "unknown escape".into()));
            return Escape::Invalid;
        }
    };
    if radix == 16 {
        cur.pos += 1; // the letter
    }
    let mut value: u32 = 0;
    for _ in 0..digits {
        if cur.at_end() {
            return Escape::Unfinished;
        }
        let Some(d) = (cur.ch() as char).to_digit(radix) else {
            let shown = crate::token::quote_rune(next_char_at(cur));
            errors.push((cur.pos, format!("invalid character {shown} in {} escape", base_name(radix))));
            return Escape::Invalid;
        };
        value = value.wrapping_mul(radix).wrapping_add(d);
        cur.pos += 1;
    }
    if radix == 8 && value > 255 {
        errors.push((cur.pos, format!("octal escape value {value} > 255")));
        return Escape::Invalid;
    }
    if value > 0x10FFFF || (0xD800..0xE000).contains(&value) {
        errors.push((cur.pos, format!("escape is invalid Unicode code point {}", format_code_point(value))));
        return Escape::Invalid;
    }
    if is_byte {
        Escape::Byte(value as u8)
    } else {
        Escape::Char(value)
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
                match read_escape(&mut cur, b'"', &mut errors) {
                    Escape::Char(c) => push_char(&mut out, c),
                    Escape::Byte(b) => out.push(b),
                    // The loop reports an unterminated string.
                    Escape::Unfinished | Escape::Invalid => {}
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

/// `'…'`: the code point (or byte value for `\x`/octal escapes). Only
/// the literal's first problem is reported: an unterminated literal, a
/// newline, a bad escape, or a count of characters other than one.
pub fn rune_lit(lex: &mut Lexer<Token>) -> u32 {
    let start = lex.span().start;
    let bytes = &lex.source().as_bytes()[start..];
    let mut cur = Cursor { bytes, pos: 1 };
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut value = 0u32;
    let mut chars = 0;
    loop {
        let reported = !errors.is_empty();
        if cur.at_end() {
            if !reported {
                errors.push((0, "rune literal not terminated".into()));
            }
            break;
        }
        match cur.ch() {
            b'\'' => {
                if !reported && chars == 0 {
                    errors.push((cur.pos, "empty rune literal or unescaped '".into()));
                } else if !reported && chars > 1 {
                    errors.push((0, "more than one character in rune literal".into()));
                }
                cur.pos += 1;
                break;
            }
            b'\n' => {
                if !reported {
                    errors.push((cur.pos, "newline in rune literal".into()));
                }
                break;
            }
            b'\\' => {
                cur.pos += 1;
                match read_escape(&mut cur, b'\'', &mut errors) {
                    Escape::Char(c) => value = c,
                    Escape::Byte(b) => value = b as u32,
                    Escape::Unfinished | Escape::Invalid => {}
                }
            }
            _ => {
                value = next_char_at(&cur);
                cur.pos += char::from_u32(value).map_or(1, char::len_utf8);
            }
        }
        chars += 1;
    }
    lex.bump(cur.pos - 1);
    for (offset, message) in errors {
        report(lex, start + offset, start + offset + 1, message);
    }
    value
}

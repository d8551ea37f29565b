//! Owns UTF-8 decoding and encoding with Go's exact rules (package
//! `unicode/utf8`): invalid or truncated sequences, surrogates and values
//! above U+10FFFF decode as `RUNE_ERROR` with width 1. The vm's `range` over
//! strings and every string function here use `decode_rune`.
//! Must not know the vm's values.

/// U+FFFD, what Go yields for invalid UTF-8.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// The largest valid Unicode code point.
pub const MAX_RUNE: u32 = 0x10FFFF;
/// The largest encoded length of a rune.
pub const UTF_MAX: usize = 4;

/// Decodes the first rune of `s`: `(rune, width)`. An empty input gives
/// `(RUNE_ERROR, 0)`; an invalid encoding gives `(RUNE_ERROR, 1)`.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (width, lo, hi, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF, (b0 & 0x1F) as u32),
        0xE0 => (3, 0xA0, 0xBF, (b0 & 0x0F) as u32),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF, (b0 & 0x0F) as u32),
        0xED => (3, 0x80, 0x9F, (b0 & 0x0F) as u32),
        0xF0 => (4, 0x90, 0xBF, (b0 & 0x07) as u32),
        0xF1..=0xF3 => (4, 0x80, 0xBF, (b0 & 0x07) as u32),
        0xF4 => (4, 0x80, 0x8F, (b0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < width {
        // Go reports width 1 for any truncated sequence.
        return (RUNE_ERROR, 1);
    }
    let b1 = s[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    let mut r = (init << 6) | (b1 & 0x3F) as u32;
    for &b in &s[2..width] {
        if !(0x80..=0xBF).contains(&b) {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    (r, width)
}

/// Whether `s` begins with a whole encoding: a rune, or bytes that decode
/// as an error whatever follows (Go's `FullRune`); only a valid but
/// truncated prefix is not full.
pub fn full_rune(s: &[u8]) -> bool {
    let Some(&b0) = s.first() else { return false };
    let (width, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return true,
    };
    if s.len() >= width {
        return true;
    }
    let second_ok = s.get(1).is_none_or(|&b| (lo..=hi).contains(&b));
    let rest_ok = s.iter().skip(2).all(|&b| (0x80..=0xBF).contains(&b));
    !(second_ok && rest_ok)
}

/// Decodes the last rune of `s` (Go's `DecodeLastRune`).
pub fn decode_last_rune(s: &[u8]) -> (u32, usize) {
    if s.is_empty() {
        return (RUNE_ERROR, 0);
    }
    let end = s.len();
    if s[end - 1] < 0x80 {
        return (s[end - 1] as u32, 1);
    }
    let lim = end.saturating_sub(UTF_MAX);
    let mut start = end - 1;
    while start > lim && (s[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (r, size) = decode_rune(&s[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Whether `r` can be encoded (not a surrogate, not above `MAX_RUNE`, not negative).
pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE as i64).contains(&r)
}

/// Go's `RuneLen`: bytes needed to encode `r`, or -1 if it is not a valid rune.
pub fn rune_len(r: i64) -> i64 {
    match r {
        r if r < 0 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

/// Appends the UTF-8 encoding of `r` to `out`; invalid runes (as `string(rune)`
/// conversions see them) encode as U+FFFD.
pub fn encode_rune(out: &mut Vec<u8>, r: i64) {
    let r = if valid_rune(r) { r as u32 } else { RUNE_ERROR };
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Go's `RuneCountInString`: each invalid byte counts as one rune.
pub fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1;
        }
        n += 1;
    }
    n
}

/// Go's `ValidString`.
pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

/// Iterates `(byte offset, rune, width)` as Go's `for i, r := range s` does.
pub fn runes(s: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = decode_rune(&s[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

#[cfg(test)]
mod tests;

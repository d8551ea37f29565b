//! Owns package `strings`' engines on Go strings as byte slices (they may hold
//! invalid UTF-8): searching, splitting, joining, replacing, trimming, case
//! mapping and `EqualFold`, each with Go's edge cases (empty separators,
//! `n` limits, invalid bytes as U+FFFD where Go's `Map` produces it).
//! Must not know the vm's values; `strings.Builder`'s natives live with the vm glue.

use crate::unicode;
use crate::utf8::{self, RUNE_ERROR};

pub fn has_prefix(s: &[u8], prefix: &[u8]) -> bool {
    s.starts_with(prefix)
}

pub fn has_suffix(s: &[u8], suffix: &[u8]) -> bool {
    s.ends_with(suffix)
}

/// Go's `Index`: first byte offset of `sep`, or -1 (0 for an empty `sep`).
pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return 0;
    }
    if sep.len() > s.len() {
        return -1;
    }
    if sep.len() == 1 {
        return index_byte(s, sep[0]);
    }
    let first = sep[0];
    let last_start = s.len() - sep.len();
    let mut i = 0;
    while i <= last_start {
        match s[i..=last_start].iter().position(|&b| b == first) {
            None => return -1,
            Some(p) => {
                i += p;
                if &s[i..i + sep.len()] == sep {
                    return i as i64;
                }
                i += 1;
            }
        }
    }
    -1
}

/// Go's `LastIndex` (`len(s)` for an empty `sep`).
pub fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return s.len() as i64;
    }
    if sep.len() > s.len() {
        return -1;
    }
    (0..=s.len() - sep.len()).rev().find(|&i| &s[i..i + sep.len()] == sep).map_or(-1, |i| i as i64)
}

pub fn index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().position(|&b| b == c).map_or(-1, |i| i as i64)
}

/// Go's `IndexRune`: `RuneError` matches invalid bytes too; invalid runes match nothing.
pub fn index_rune(s: &[u8], r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == RUNE_ERROR as i64 {
        return utf8::runes(s).find(|&(_, c, _)| c == RUNE_ERROR).map_or(-1, |(i, _, _)| i as i64);
    }
    if !utf8::valid_rune(r) {
        return -1;
    }
    let mut enc = Vec::with_capacity(4);
    utf8::encode_rune(&mut enc, r);
    index(s, &enc)
}

pub fn contains(s: &[u8], substr: &[u8]) -> bool {
    index(s, substr) >= 0
}

pub fn contains_rune(s: &[u8], r: i64) -> bool {
    index_rune(s, r) >= 0
}

/// Go's `Count`: non-overlapping instances; rune count + 1 for an empty `sep`.
pub fn count(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return utf8::rune_count(s) as i64 + 1;
    }
    let mut n = 0;
    let mut rest = s;
    loop {
        let i = index(rest, sep);
        if i < 0 {
            return n;
        }
        n += 1;
        rest = &rest[i as usize + sep.len()..];
    }
}

/// Go's `Join`.
pub fn join<S: AsRef<[u8]>>(elems: &[S], sep: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.as_ref());
    }
    out
}

/// Why `Repeat` panics, with Go's message.
pub const NEGATIVE_REPEAT: &str = "strings: negative Repeat count";
pub const REPEAT_OVERFLOW: &str = "strings: Repeat output length overflow";

/// Go's `Repeat`; `Err` carries the panic message. Results beyond 2^30 bytes
/// are refused as an overflow rather than exhausting the host's memory.
pub fn repeat(s: &[u8], count: i64) -> Result<Vec<u8>, &'static str> {
    match count {
        0 => return Ok(Vec::new()),
        1 => return Ok(s.to_vec()),
        c if c < 0 => return Err(NEGATIVE_REPEAT),
        _ => {}
    }
    match (s.len() as u64).checked_mul(count as u64) {
        Some(n) if n <= 1 << 30 => Ok(s.repeat(count as usize)),
        Some(_) if s.is_empty() => Ok(Vec::new()),
        _ => Err(REPEAT_OVERFLOW),
    }
}

/// Go's `Replace`: the first `n` (all if `n < 0`) non-overlapping `old`; an
/// empty `old` matches before each rune and at the end.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old);
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len() + n as usize * new.len().saturating_sub(old.len()));
    let mut start = 0usize;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += utf8::decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old) as usize;
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

pub fn replace_all(s: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    replace(s, old, new, -1)
}

/// `s` cut into its UTF-8 sequences (an invalid byte is a piece of its
/// own), at most `limit` pieces (no limit when negative), the last piece
/// holding whatever is left.
fn split_runes(s: &[u8], limit: i64) -> Vec<Vec<u8>> {
    let total = utf8::rune_count(s);
    let pieces = usize::try_from(limit).map_or(total, |limit| limit.min(total));
    let mut out = Vec::with_capacity(pieces);
    let mut rest = s;
    while out.len() + 1 < pieces {
        let (piece, tail) = rest.split_at(utf8::decode_rune(rest).1);
        out.push(piece.to_vec());
        rest = tail;
    }
    if pieces > 0 {
        out.push(rest.to_vec());
    }
    out
}

/// Go's `SplitN`: the pieces of `s` between the first `n - 1` separators
/// (all of them when `n < 0`, none at all when `n == 0`); an empty `sep`
/// splits between runes.
pub fn split_n(s: &[u8], sep: &[u8], n: i64) -> Vec<Vec<u8>> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        return split_runes(s, n);
    }
    let max_pieces = usize::try_from(n).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() + 1 < max_pieces {
        let Ok(at) = usize::try_from(index(rest, sep)) else { break };
        out.push(rest[..at].to_vec());
        rest = &rest[at + sep.len()..];
    }
    out.push(rest.to_vec());
    out
}

pub fn split(s: &[u8], sep: &[u8]) -> Vec<Vec<u8>> {
    split_n(s, sep, -1)
}

/// Go's `Fields`: runs of non-space runes (`unicode.IsSpace`).
pub fn fields(s: &[u8]) -> Vec<Vec<u8>> {
    field_bounds(s).into_iter().map(|(from, to)| s[from..to].to_vec()).collect()
}

/// Where `fields` cuts: the `(start, end)` of each run of non-space runes.
pub fn field_bounds(s: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for_each_field(s, |from, to| out.push((from, to)));
    out
}

/// Calls `visit(start, end)` for each run of non-space runes of `s`, in order.
pub fn for_each_field(s: &[u8], mut visit: impl FnMut(usize, usize)) {
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        // ASCII is classified byte by byte; other runes are decoded.
        let (space, w) = match s[i] {
            b if b < 0x80 => (matches!(b, b'\t'..=b'\r' | b' '), 1),
            _ => {
                let (r, w) = utf8::decode_rune(&s[i..]);
                (!(w == 1 && r == RUNE_ERROR) && unicode::is_space(r), w)
            }
        };
        match (space, start) {
            (true, Some(st)) => {
                visit(st, i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        visit(st, s.len());
    }
}

/// Go's `Map` with a rune mapping that never drops runes: unchanged input is
/// returned as is; once a rune changes, every rune (invalid bytes as U+FFFD)
/// is re-encoded.
fn map_runes(s: &[u8], mapping: impl Fn(u32) -> u32) -> Vec<u8> {
    for (i, c, w) in utf8::runes(s) {
        let r = mapping(c);
        if r == c && !(c == RUNE_ERROR && w == 1) {
            continue;
        }
        let mut out = Vec::with_capacity(s.len() + 4);
        out.extend_from_slice(&s[..i]);
        utf8::encode_rune(&mut out, r as i64);
        for (_, c, _) in utf8::runes(&s[i + w..]) {
            utf8::encode_rune(&mut out, mapping(c) as i64);
        }
        return out;
    }
    s.to_vec()
}

/// Go's `ToUpper`.
pub fn to_upper(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_runes(s, unicode::to_upper)
}

/// Go's `ToLower`.
pub fn to_lower(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_runes(s, unicode::to_lower)
}

/// Go's `TrimLeftFunc`-style scan: bytes to skip from the left.
fn trim_left_len(s: &[u8], pred: &dyn Fn(u32) -> bool) -> usize {
    for (i, r, _) in utf8::runes(s) {
        if !pred(r) {
            return i;
        }
    }
    s.len()
}

/// Bytes to keep from the left after trimming runes matching `pred` on the right.
fn trim_right_len(s: &[u8], pred: &dyn Fn(u32) -> bool) -> usize {
    let mut end = s.len();
    while end > 0 {
        let (r, w) = utf8::decode_last_rune(&s[..end]);
        if !pred(r) {
            break;
        }
        end -= w;
    }
    end
}

fn in_cutset(cutset: &[u8]) -> impl Fn(u32) -> bool + '_ {
    move |r| contains_rune(cutset, r as i64)
}

/// Go's `Trim(s, cutset)`.
pub fn trim<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    trim_right(trim_left(s, cutset), cutset)
}

/// Go's `TrimLeft(s, cutset)`.
pub fn trim_left<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    &s[trim_left_len(s, &in_cutset(cutset))..]
}

/// Go's `TrimRight(s, cutset)`.
pub fn trim_right<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    &s[..trim_right_len(s, &in_cutset(cutset))]
}

/// Go's `TrimSpace`.
pub fn trim_space(s: &[u8]) -> &[u8] {
    let space = |r: u32| r != RUNE_ERROR && unicode::is_space(r);
    let start = trim_left_len(s, &space);
    let s = &s[start..];
    &s[..trim_right_len(s, &space)]
}

pub fn trim_prefix<'a>(s: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    s.strip_prefix(prefix).unwrap_or(s)
}

pub fn trim_suffix<'a>(s: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// Go's `EqualFold`: equal under simple Unicode case folding.
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let mut a = utf8::runes(s);
    let mut b = utf8::runes(t);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some((_, x, _)), Some((_, y, _))) if unicode::fold_eq(x, y) => continue,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests;

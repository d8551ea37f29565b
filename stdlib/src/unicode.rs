//! Owns the per-rune Unicode facts the string functions need, with Go's
//! `unicode` package semantics: `IsSpace`, simple (one-rune) case mapping
//! `ToUpper`/`ToLower`, and simple case-folding equality for `EqualFold`.
//! Rust's tables supply the data; where Rust's full mappings expand to
//! several runes, Go's simple mapping is used instead.
//! Must not know strings or UTF-8 decoding.

/// Go's `unicode.IsSpace`.
pub fn is_space(r: u32) -> bool {
    if r <= 0xFF {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    char::from_u32(r).is_some_and(char::is_whitespace)
}

/// Go's `unicode.ToUpper` (simple mapping; runes without one map to themselves).
pub fn to_upper(r: u32) -> u32 {
    if r < 0x80 {
        return if (b'a' as u32..=b'z' as u32).contains(&r) { r - 32 } else { r };
    }
    let Some(c) = char::from_u32(r) else { return r };
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u as u32,
        // Greek letters with ypogegrammeni: the simple mapping is the titlecase form.
        _ if (0x1F80..=0x1FAF).contains(&r) => r | 0x8,
        _ if matches!(r, 0x1FB3 | 0x1FC3 | 0x1FF3) => r + 9,
        _ => r,
    }
}

/// Go's `unicode.ToLower` (simple mapping).
pub fn to_lower(r: u32) -> u32 {
    if r < 0x80 {
        return if (b'A' as u32..=b'Z' as u32).contains(&r) { r + 32 } else { r };
    }
    let Some(c) = char::from_u32(r) else { return r };
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) => l as u32,
        // U+0130 (İ) lowercases to "i̇" in full mapping, to 'i' in the simple one.
        (Some(l), Some(_)) => l as u32,
        _ => r,
    }
}

/// Whether two runes are equal under Go's simple case folding (`SimpleFold` orbits).
pub fn fold_eq(a: u32, b: u32) -> bool {
    if a == b {
        return true;
    }
    // Dotted and dotless i fold only to themselves in Go.
    if matches!(a, 0x130 | 0x131) || matches!(b, 0x130 | 0x131) {
        return false;
    }
    let canon = |r: u32| to_lower(to_upper(r));
    canon(a) == canon(b)
}

//! Owns slash-separated path manipulation as Go's `path` (and, on Unix,
//! `path/filepath`) defines it: lexical cleaning, splitting, the last
//! element, the extension, and shell-pattern matching with its syntax
//! errors. Pure functions over bytes. Must not know the VM or the OS.

/// The shortest path naming the same file, by Go's lexical rules: repeated
/// slashes become one, `.` elements go, `..` removes the element before it
/// (and disappears at the root); an empty result is `.`.
pub fn clean(path: &[u8]) -> Vec<u8> {
    let rooted = path.first() == Some(&b'/');
    let mut parts: Vec<&[u8]> = Vec::new();
    for part in path.split(|&c| c == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                if parts.last().is_some_and(|p| *p != b"..") {
                    parts.pop();
                } else if !rooted {
                    parts.push(part);
                }
            }
            _ => parts.push(part),
        }
    }
    let mut out = Vec::with_capacity(path.len());
    if rooted {
        out.push(b'/');
    }
    out.extend_from_slice(&parts.join(&b'/'));
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

/// `path` split after its last slash: (directory with the slash, file).
pub fn split(path: &[u8]) -> (&[u8], &[u8]) {
    let at = path.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    path.split_at(at)
}

/// The non-empty elements joined by slashes, cleaned; empty when all are empty.
pub fn join(elems: &[Vec<u8>]) -> Vec<u8> {
    let parts: Vec<&[u8]> = elems.iter().map(|e| e.as_slice()).filter(|e| !e.is_empty()).collect();
    if parts.is_empty() {
        return Vec::new();
    }
    clean(&parts.join(&b'/'))
}

/// The last element (trailing slashes ignored): `.` for an empty path, `/` for slashes only.
pub fn base(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let end = path.iter().rposition(|&c| c != b'/').map_or(0, |i| i + 1);
    let trimmed = &path[..end];
    if trimmed.is_empty() {
        return b"/".to_vec();
    }
    split(trimmed).1.to_vec()
}

/// Everything but the last element, cleaned.
pub fn dir(path: &[u8]) -> Vec<u8> {
    clean(split(path).0)
}

/// The extension: from the last dot of the last element on (empty if none).
pub fn ext(path: &[u8]) -> &[u8] {
    for i in (0..path.len()).rev() {
        match path[i] {
            b'/' => break,
            b'.' => return &path[i..],
            _ => {}
        }
    }
    b""
}

/// `path.Match`: whether `name` matches the shell pattern; `Err` for a
/// malformed pattern (`path.ErrBadPattern`), reported as Go reports it —
/// also after a mismatch, as far as Go checks the rest of the pattern.
pub fn matches(pattern: &[u8], name: &[u8]) -> Result<bool, ()> {
    let (mut pattern, mut name) = (pattern, name);
    'chunks: while !pattern.is_empty() {
        let (star, chunk, rest) = next_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            // A trailing star takes the rest, if it holds no slash.
            return Ok(!name.contains(&b'/'));
        }
        let here = match_chunk(chunk, name);
        if let Ok(Some(after)) = here {
            if after.is_empty() || !pattern.is_empty() {
                name = after;
                continue;
            }
        }
        here?;
        if star {
            // The star takes 1, 2, … bytes (never a slash), then the chunk.
            let mut i = 0;
            while i < name.len() && name[i] != b'/' {
                match match_chunk(chunk, &name[i + 1..])? {
                    Some(after) if pattern.is_empty() && !after.is_empty() => {}
                    Some(after) => {
                        name = after;
                        continue 'chunks;
                    }
                    None => {}
                }
                i += 1;
            }
        }
        // No match: the rest of the pattern must still be well-formed.
        while !pattern.is_empty() {
            let (_, chunk, rest) = next_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, b"")?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// The next chunk of a pattern: whether stars precede it, the run up to the
/// next star outside a class, and the rest.
fn next_chunk(mut pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let mut star = false;
    while pattern.first() == Some(&b'*') {
        pattern = &pattern[1..];
        star = true;
    }
    let mut in_class = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' => {
                if i + 1 < pattern.len() {
                    i += 1;
                }
            }
            b'[' => in_class = true,
            b']' => in_class = false,
            b'*' if !in_class => return (star, &pattern[..i], &pattern[i..]),
            _ => {}
        }
        i += 1;
    }
    (star, pattern, b"")
}

/// The first UTF-8 character of `s` (U+FFFD and width 1 when invalid).
fn decode(s: &[u8]) -> (u32, usize) {
    crate::utf8::decode_rune(s)
}

/// Matches a star-free chunk against the start of `s`: the rest of `s` on
/// a match, `None` on a mismatch (after checking the chunk's syntax), `Err`
/// for a malformed chunk.
fn match_chunk<'s>(mut chunk: &[u8], mut s: &'s [u8]) -> Result<Option<&'s [u8]>, ()> {
    let mut failed = false;
    while let Some(&c) = chunk.first() {
        failed = failed || s.is_empty();
        match c {
            b'[' => {
                let mut r = 0;
                if !failed {
                    let (ch, n) = decode(s);
                    r = ch;
                    s = &s[n..];
                }
                chunk = &chunk[1..];
                let negated = chunk.first() == Some(&b'^');
                if negated {
                    chunk = &chunk[1..];
                }
                let mut found = false;
                let mut ranges = 0;
                loop {
                    if chunk.first() == Some(&b']') && ranges > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = class_char(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if chunk[0] == b'-' {
                        let (h, rest) = class_char(&chunk[1..])?;
                        hi = h;
                        chunk = rest;
                    }
                    found = found || (lo <= r && r <= hi);
                    ranges += 1;
                }
                failed = failed || found == negated;
            }
            b'?' => {
                if !failed {
                    failed = s[0] == b'/';
                    s = &s[decode(s).1..];
                }
                chunk = &chunk[1..];
            }
            _ => {
                let lit = if c == b'\\' {
                    chunk = &chunk[1..];
                    *chunk.first().ok_or(())?
                } else {
                    c
                };
                if !failed {
                    failed = lit != s[0];
                    s = &s[1..];
                }
                chunk = &chunk[1..];
            }
        }
    }
    Ok(if failed { None } else { Some(s) })
}

/// One possibly escaped character of a class and the chunk after it; the
/// class must go on after it (a `]` at least).
fn class_char(chunk: &[u8]) -> Result<(u32, &[u8]), ()> {
    let mut chunk = match chunk.first() {
        None | Some(b'-') | Some(b']') => return Err(()),
        Some(_) => chunk,
    };
    if chunk[0] == b'\\' {
        chunk = &chunk[1..];
        if chunk.is_empty() {
            return Err(());
        }
    }
    let (r, n) = decode(chunk);
    let rest = &chunk[n..];
    if (r == 0xFFFD && n == 1) || rest.is_empty() {
        return Err(());
    }
    Ok((r, rest))
}

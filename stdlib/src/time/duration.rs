//! Owns `time.ParseDuration`: signed sequences of decimal numbers with
//! fractions and units (`1h15m30.5s`, `-1.5µs`), exact to the nanosecond, with
//! Go's error texts. Must not know the vm.

use super::parse::quote;

/// The error text of a duration that does not parse.
fn invalid(what: &str, orig: &[u8]) -> Vec<u8> {
    [b"time: ", what.as_bytes(), b" ", &quote(orig)].concat()
}

fn unit_nanos(unit: &[u8]) -> Option<u64> {
    Some(match unit {
        b"ns" => 1,
        b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1_000, // us, µs (micro sign), μs (Greek mu)
        b"ms" => 1_000_000,
        b"s" => 1_000_000_000,
        b"m" => 60_000_000_000,
        b"h" => 3_600_000_000_000,
        _ => return None,
    })
}

const LIMIT: u64 = 1 << 63;

/// `time.ParseDuration(s)`: the nanoseconds, or the error's text.
pub fn parse_duration(s: &[u8]) -> Result<i64, Vec<u8>> {
    let orig = s;
    let mut s = s;
    let mut negative = false;
    if let Some(&c @ (b'-' | b'+')) = s.first() {
        negative = c == b'-';
        s = &s[1..];
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid("invalid duration", orig));
    }
    let mut total: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid("invalid duration", orig));
        }
        let int_len = s.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut whole: u64 = 0;
        for &c in &s[..int_len] {
            if whole > LIMIT / 10 {
                return Err(invalid("invalid duration", orig));
            }
            whole = whole * 10 + u64::from(c - b'0');
            if whole > LIMIT {
                return Err(invalid("invalid duration", orig));
            }
        }
        s = &s[int_len..];
        // The fraction keeps the digits that fit; later ones are dropped.
        let (mut frac, mut scale, mut frac_len) = (0u64, 1f64, None);
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
            let mut full = false;
            for &c in &s[..n] {
                if full {
                    continue;
                }
                let next = frac.checked_mul(10).map(|x| x + u64::from(c - b'0'));
                match next {
                    Some(x) if frac <= (LIMIT - 1) / 10 && x <= LIMIT => {
                        frac = x;
                        scale *= 10.0;
                    }
                    _ => full = true,
                }
            }
            frac_len = Some(n);
            s = &s[n..];
        }
        if int_len == 0 && frac_len.unwrap_or(0) == 0 {
            return Err(invalid("invalid duration", orig));
        }
        let unit_len = s.iter().take_while(|&&c| c != b'.' && !c.is_ascii_digit()).count();
        if unit_len == 0 {
            return Err(invalid("missing unit in duration", orig));
        }
        let unit_text = &s[..unit_len];
        s = &s[unit_len..];
        let Some(unit) = unit_nanos(unit_text) else {
            let what = [b"unknown unit ".as_slice(), &quote(unit_text), b" in duration"].concat();
            return Err(invalid(&String::from_utf8_lossy(&what), orig));
        };
        if whole > LIMIT / unit {
            return Err(invalid("invalid duration", orig));
        }
        let mut v = whole * unit;
        if frac > 0 {
            v += (frac as f64 * (unit as f64 / scale)) as u64;
            if v > LIMIT {
                return Err(invalid("invalid duration", orig));
            }
        }
        total += v;
        if total > LIMIT {
            return Err(invalid("invalid duration", orig));
        }
    }
    if negative {
        return Ok((total as i64).wrapping_neg());
    }
    if total > LIMIT - 1 {
        return Err(invalid("invalid duration", orig));
    }
    Ok(total as i64)
}

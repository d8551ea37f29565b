//! Owns package `time`'s pure engine: `Duration.String` exactly as Go formats
//! it (`1h2m3.5s`, `1.5µs`, `0s`). Must not know clocks or the vm.

/// Go's `Duration.String()` for a duration of `d` nanoseconds.
pub fn duration_string(d: i64) -> String {
    // Built backwards, as Go's `format` does.
    let mut rev: Vec<u8> = Vec::with_capacity(32);
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    if u < 1_000_000_000 {
        rev.push(b's');
        let prec = match u {
            0 => return "0s".to_string(),
            1..=999 => {
                rev.push(b'n');
                0
            }
            1_000..=999_999 => {
                rev.extend_from_slice("µ".as_bytes().iter().rev().copied().collect::<Vec<_>>().as_slice());
                3
            }
            _ => {
                rev.push(b'm');
                6
            }
        };
        u = fmt_frac(&mut rev, u, prec);
        fmt_int(&mut rev, u);
    } else {
        rev.push(b's');
        u = fmt_frac(&mut rev, u, 9);
        fmt_int(&mut rev, u % 60);
        u /= 60;
        if u > 0 {
            rev.push(b'm');
            fmt_int(&mut rev, u % 60);
            u /= 60;
            if u > 0 {
                rev.push(b'h');
                fmt_int(&mut rev, u);
            }
        }
    }
    if neg {
        rev.push(b'-');
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// Go's `fmtFrac`: the low `prec` digits as a fraction without trailing zeros.
fn fmt_frac(rev: &mut Vec<u8>, mut v: u64, prec: u32) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = v % 10;
        print = print || digit != 0;
        if print {
            rev.push(b'0' + digit as u8);
        }
        v /= 10;
    }
    if print {
        rev.push(b'.');
    }
    v
}

fn fmt_int(rev: &mut Vec<u8>, mut v: u64) {
    if v == 0 {
        rev.push(b'0');
        return;
    }
    while v > 0 {
        rev.push(b'0' + (v % 10) as u8);
        v /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::duration_string;
    use crate::golden::rows;

    /// Against `testdata/time.out`, printed by real Go (`testdata/gen.go`).
    #[test]
    fn matches_go_table() {
        for row in rows(include_str!("testdata/time.out")) {
            assert_eq!(duration_string(row[0].parse().unwrap()), row[1], "Duration({})", row[0]);
        }
    }
}

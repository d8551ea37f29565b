//! Owns package `time`'s pure engine: `Duration.String` with Go's output
//! (`1h2m3.5s`, `1.5µs`, `0s`) here, and in the submodules the calendar,
//! zones and TZif data, layouts, `Format`, `Parse` and `ParseDuration`.
//! Must not know clocks, files or the vm.

pub mod calendar;
pub mod duration;
pub mod format;
pub mod layout;
pub mod parse;
pub mod zone;
#[cfg(test)]
mod tables;

/// `Duration.String()` for a duration of `d` nanoseconds: under a second, one
/// unit (`ns`, `µs` or `ms`) with a decimal fraction; from a second on,
/// hours and minutes when present, then seconds with a fraction.
pub fn duration_string(d: i64) -> String {
    const SECOND: u64 = 1_000_000_000;
    let sign = if d < 0 { "-" } else { "" };
    let n = d.unsigned_abs();
    let (scale, unit) = match n {
        0 => return "0s".to_string(),
        1..=999 => (1, "ns"),
        1_000..=999_999 => (1_000, "µs"),
        1_000_000..=999_999_999 => (1_000_000, "ms"),
        _ => (SECOND, "s"),
    };
    if scale < SECOND {
        return format!("{sign}{}{unit}", with_fraction(n, scale));
    }
    let whole_seconds = n / SECOND;
    let (hours, minutes) = (whole_seconds / 3600, whole_seconds / 60 % 60);
    let seconds = with_fraction(n % (60 * SECOND), SECOND);
    match (hours, minutes) {
        (0, 0) => format!("{sign}{seconds}s"),
        (0, _) => format!("{sign}{minutes}m{seconds}s"),
        _ => format!("{sign}{hours}h{minutes}m{seconds}s"),
    }
}

/// `value / scale` (`scale` a power of ten) in decimal, the fraction without
/// trailing zeros and without a point when it is zero.
fn with_fraction(value: u64, scale: u64) -> String {
    let (whole, fraction) = (value / scale, value % scale);
    if fraction == 0 {
        return whole.to_string();
    }
    let width = scale.ilog10() as usize;
    let digits = format!("{fraction:0width$}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::duration_string;
    use crate::golden::rows;

    /// Against `testdata/time.out`, printed by real Go (`testdata/gen.go`),
    /// and `testdata/random.out`: random durations of every magnitude
    /// (`testdata/gen_random.go`).
    #[test]
    fn matches_go_table() {
        for table in [include_str!("testdata/time.out"), include_str!("testdata/random.out")] {
            for row in rows(table) {
                assert_eq!(duration_string(row[0].parse().unwrap()), row[1], "Duration({})", row[0]);
            }
        }
    }
}

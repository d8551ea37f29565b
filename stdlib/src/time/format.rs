//! Owns `Time.Format`'s output: each layout element written from an
//! instant's calendar fields, nanoseconds and zone, as Go writes it, and
//! `Time.String`'s monotonic suffix. Must not know how an instant is stored
//! or found in a zone (the caller hands in the fields).

use super::calendar::Civil;
use super::layout::{next_elem, Elem};

pub const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
pub const WEEKDAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// An instant as `Format` sees it.
pub struct Moment<'a> {
    pub civil: Civil,
    pub nanosecond: i64,
    pub zone_name: &'a str,
    /// Seconds east of UTC.
    pub offset: i64,
}

/// `x` in decimal, its digits zero-padded to `width`, a minus sign first.
pub fn push_int(out: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        out.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    for _ in digits.len()..width {
        out.push(b'0');
    }
    out.extend_from_slice(digits.as_bytes());
}

/// `t.Format(layout)`.
pub fn format(m: &Moment, layout: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(layout.len() + 10);
    let mut rest = layout;
    loop {
        let (literal, elem, after) = next_elem(rest);
        out.extend_from_slice(literal);
        let Some((elem, _)) = elem else { return out };
        push_elem(&mut out, m, elem);
        rest = after;
    }
}

fn name(table: &[&'static str], i: i64) -> &'static str {
    table.get(i as usize).copied().unwrap_or("")
}

fn push_elem(out: &mut Vec<u8>, m: &Moment, elem: Elem) {
    let c = &m.civil;
    match elem {
        Elem::Year => push_int(out, c.year.abs() % 100, 2),
        Elem::LongYear => push_int(out, c.year, 4),
        Elem::Month => out.extend_from_slice(&name(&MONTHS, c.month - 1).as_bytes()[..3]),
        Elem::LongMonth => out.extend_from_slice(name(&MONTHS, c.month - 1).as_bytes()),
        Elem::NumMonth => push_int(out, c.month, 0),
        Elem::ZeroMonth => push_int(out, c.month, 2),
        Elem::WeekDay => out.extend_from_slice(&name(&WEEKDAYS, c.weekday).as_bytes()[..3]),
        Elem::LongWeekDay => out.extend_from_slice(name(&WEEKDAYS, c.weekday).as_bytes()),
        Elem::Day => push_int(out, c.day, 0),
        Elem::UnderDay => {
            if c.day < 10 {
                out.push(b' ');
            }
            push_int(out, c.day, 0);
        }
        Elem::ZeroDay => push_int(out, c.day, 2),
        Elem::UnderYearDay => {
            let pad = if c.yday < 10 { 2 } else if c.yday < 100 { 1 } else { 0 };
            out.extend(std::iter::repeat_n(b' ', pad));
            push_int(out, c.yday, 0);
        }
        Elem::ZeroYearDay => push_int(out, c.yday, 3),
        Elem::Hour => push_int(out, c.hour, 2),
        Elem::Hour12 => push_int(out, twelve_hour(c.hour), 0),
        Elem::ZeroHour12 => push_int(out, twelve_hour(c.hour), 2),
        Elem::Minute => push_int(out, c.minute, 0),
        Elem::ZeroMinute => push_int(out, c.minute, 2),
        Elem::Second => push_int(out, c.second, 0),
        Elem::ZeroSecond => push_int(out, c.second, 2),
        Elem::PM => out.extend_from_slice(if c.hour >= 12 { b"PM" } else { b"AM" }),
        Elem::Pm => out.extend_from_slice(if c.hour >= 12 { b"pm" } else { b"am" }),
        Elem::Offset { z, shape } => {
            if z && m.offset == 0 {
                out.push(b'Z');
                return;
            }
            // Minutes decide the sign; a remainder of seconds keeps its own.
            let mut minutes = m.offset / 60;
            let mut seconds = m.offset;
            if minutes < 0 {
                out.push(b'-');
                minutes = -minutes;
                seconds = -seconds;
            } else {
                out.push(b'+');
            }
            push_int(out, minutes / 60, 2);
            if shape.has_colons() {
                out.push(b':');
            }
            if shape.has_minutes() {
                push_int(out, minutes % 60, 2);
            }
            if shape.has_seconds() {
                if shape.has_colons() {
                    out.push(b':');
                }
                push_int(out, seconds % 60, 2);
            }
        }
        Elem::ZoneName => {
            if !m.zone_name.is_empty() {
                out.extend_from_slice(m.zone_name.as_bytes());
                return;
            }
            let mut minutes = m.offset / 60;
            if minutes < 0 {
                out.push(b'-');
                minutes = -minutes;
            } else {
                out.push(b'+');
            }
            push_int(out, minutes / 60, 2);
            push_int(out, minutes % 60, 2);
        }
        Elem::Fraction { sep, digits, trim } => push_fraction(out, m.nanosecond, sep, digits, trim),
    }
}

fn twelve_hour(hour: i64) -> i64 {
    match hour % 12 {
        0 => 12,
        h => h,
    }
}

/// `sep` and the first `digits` (at most 9) digits of `nanos` as a fraction of
/// a second; with `trim`, trailing zeros go and a zero fraction prints nothing.
fn push_fraction(out: &mut Vec<u8>, nanos: i64, sep: u8, digits: usize, trim: bool) {
    if trim && nanos == 0 {
        return;
    }
    let all = format!("{:09}", nanos);
    let mut shown = &all.as_bytes()[..digits.min(9)];
    if trim {
        while let [head @ .., b'0'] = shown {
            shown = head;
        }
        if shown.is_empty() {
            return;
        }
    }
    out.push(sep);
    out.extend_from_slice(shown);
}

/// `Time.String`'s ` m=±s.nnnnnnnnn` for a monotonic reading of `mono` ns.
pub fn monotonic_suffix(mono: i64) -> String {
    let sign = if mono < 0 { '-' } else { '+' };
    let n = mono.unsigned_abs();
    format!(" m={sign}{}.{:09}", n / 1_000_000_000, n % 1_000_000_000)
}

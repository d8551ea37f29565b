//! Owns `time.Parse`/`ParseInLocation`: matching a value against a layout's
//! elements and literal text (runs of spaces equivalent), the defaults of
//! omitted fields, range checks, and the choice of location (UTC, the given
//! or local location when a parsed offset or abbreviation agrees with it, or
//! a fabricated fixed zone), with Go's `ParseError` fields for every failure.
//! Must not know the vm.

use super::calendar::{days_before, days_in, is_leap};
use super::format::{MONTHS, WEEKDAYS};
use super::layout::{next_elem, Elem, OffsetShape};
use super::zone::Zone;

/// Where a parsed time lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedZone {
    Utc,
    /// The location Parse compares zones against (Local, or ParseInLocation's).
    Local,
    /// The default location (UTC for Parse, the given one for ParseInLocation).
    Default,
    /// A fabricated `FixedZone(name, offset)`.
    Fixed(String, i64),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub unix: i64,
    pub nanos: i64,
    pub zone: ParsedZone,
}

/// A `time.ParseError` (`Layout` and `Value` are the caller's arguments).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseFailure {
    pub layout_elem: Vec<u8>,
    pub value_elem: Vec<u8>,
    pub message: Vec<u8>,
}

fn failure(layout_elem: &[u8], value_elem: &[u8], message: &str) -> ParseFailure {
    ParseFailure { layout_elem: layout_elem.to_vec(), value_elem: value_elem.to_vec(), message: message.as_bytes().to_vec() }
}

/// Go's quoting of values in time's error texts: every byte outside
/// ASCII's printable range (and DEL kept) as `\xNN`, `"` and `\` escaped.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for &c in s {
        match c {
            b'"' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            0x20..=0x7f => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out.push(b'"');
    out
}

fn digit_at(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(u8::is_ascii_digit)
}

/// One or two digits (exactly two when `fixed`).
fn two_digits(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    if !digit_at(s, 0) {
        return None;
    }
    if !digit_at(s, 1) {
        return if fixed { None } else { Some((i64::from(s[0] - b'0'), &s[1..])) };
    }
    Some((i64::from(s[0] - b'0') * 10 + i64::from(s[1] - b'0'), &s[2..]))
}

/// One to three digits (exactly three when `fixed`).
fn three_digits(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let n = s.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || (fixed && n != 3) {
        return None;
    }
    Some((s[..n].iter().fold(0, |acc, &c| acc * 10 + i64::from(c - b'0')), &s[n..]))
}

/// A decimal with an optional sign, as Go's internal atoi reads it.
fn signed_decimal(s: &[u8]) -> Option<i64> {
    let (negative, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    // As Go's internal atoi: no digits at all reads as zero.
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: i64 = 0;
    for &c in digits {
        n = n.checked_mul(10)?.checked_add(i64::from(c - b'0'))?;
    }
    Some(if negative { -n } else { n })
}

/// A case-insensitive match of one of `names` (or their 3-letter forms).
fn name_prefix<'a>(names: &[&str], short: bool, s: &'a [u8]) -> Option<(i64, &'a [u8])> {
    names.iter().enumerate().find_map(|(i, n)| {
        let n = if short { &n.as_bytes()[..3] } else { n.as_bytes() };
        (s.len() >= n.len() && s[..n.len()].eq_ignore_ascii_case(n)).then(|| (i as i64, &s[n.len()..]))
    })
}

fn trim_spaces(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&c| c == b' ').count();
    &s[n..]
}

/// `value` after the literal `prefix` (a space matching any run of spaces).
fn skip_literal<'a>(mut value: &'a [u8], mut prefix: &[u8]) -> Result<&'a [u8], &'a [u8]> {
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return Err(value);
            }
            prefix = trim_spaces(prefix);
            value = trim_spaces(value);
            continue;
        }
        if value.first() != Some(&p) {
            return Err(value);
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Ok(value)
}

/// The nanoseconds of a fraction `value[..len]` (its separator first,
/// digits beyond the ninth ignored).
fn fraction(value: &[u8], len: usize) -> Result<i64, Option<&'static str>> {
    if !matches!(value.first(), Some(b'.' | b',')) {
        return Err(None);
    }
    let len = len.min(10);
    let n = signed_decimal(&value[1..len]).ok_or(None)?;
    if n < 0 {
        return Err(Some("fractional second"));
    }
    Ok(n * 10i64.pow((10 - len) as u32))
}

/// The length of a zone abbreviation at the start of `value`, by Go's guesses.
fn zone_name_len(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.starts_with(b"ChST") || value.starts_with(b"MeST") {
        return Some(4);
    }
    if value.starts_with(b"GMT") {
        return Some(3 + if value.len() > 3 { signed_hours_len(&value[3..]) } else { 0 });
    }
    if matches!(value[0], b'+' | b'-') {
        return Some(signed_hours_len(value)).filter(|&n| n > 0);
    }
    let upper = value.iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
    match upper {
        3 => Some(3),
        4 if value[3] == b'T' || value.starts_with(b"WITA") => Some(4),
        5 if value[4] == b'T' => Some(5),
        _ => None,
    }
}

/// The length of `[+-]N` with N at most 23 (0 when there is none).
fn signed_hours_len(value: &[u8]) -> usize {
    if !matches!(value.first(), Some(b'+' | b'-')) {
        return 0;
    }
    let digits = value[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return 0;
    }
    let mut n: u64 = 0;
    for &c in &value[1..1 + digits] {
        if n > (1 << 63) / 10 {
            return 0;
        }
        n = n * 10 + u64::from(c - b'0');
        if n > 1 << 63 {
            return 0;
        }
    }
    if n > 23 {
        return 0;
    }
    1 + digits
}

/// What one element reads from the value.
#[derive(Default)]
struct Fields {
    year: i64,
    month: Option<i64>,
    day: Option<i64>,
    yday: Option<i64>,
    hour: i64,
    minute: i64,
    second: i64,
    nanos: i64,
    utc: bool,
    offset: Option<i64>,
    zone_name: Vec<u8>,
    am: bool,
    pm: bool,
}

/// Parses `value` by `layout`; `default` is the zone of a value without zone
/// information, `local` the zone parsed offsets and names are matched against.
pub fn parse(layout: &[u8], value: &[u8], default: &Zone, local: &Zone) -> Result<Parsed, ParseFailure> {
    let mut f = Fields::default();
    let mut rest_layout = layout;
    let mut value = value;
    loop {
        let (literal, elem, after) = next_elem(rest_layout);
        value = skip_literal(value, literal).map_err(|v| failure(literal, v, ""))?;
        let Some((elem, elem_text)) = elem else {
            if !value.is_empty() {
                let message = [b": extra text: ".as_slice(), &quote(value)].concat();
                return Err(ParseFailure { layout_elem: Vec::new(), value_elem: value.to_vec(), message });
            }
            break;
        };
        rest_layout = after;
        let hold = value;
        let mut out_of_range: Option<&str> = None;
        let read = read_elem(elem, value, after, &mut f, &mut out_of_range);
        if let Some(what) = out_of_range {
            let rest = read.unwrap_or(value);
            return Err(failure(elem_text, rest, &format!(": {what} out of range")));
        }
        value = read.ok_or_else(|| failure(elem_text, hold, ""))?;
    }
    if f.pm && f.hour < 12 {
        f.hour += 12;
    } else if f.am && f.hour == 12 {
        f.hour = 0;
    }
    let (month, day) = month_and_day(&f, value)?;
    if day < 1 || day > days_in(month, f.year) {
        return Err(failure(b"", value, ": day out of range"));
    }
    let date = |zone: &Zone| zone.date(f.year, month, day, f.hour, f.minute, f.second, f.nanos);
    let utc = Zone::default();
    if f.utc {
        let (unix, nanos) = date(&utc);
        return Ok(Parsed { unix, nanos, zone: ParsedZone::Utc });
    }
    // Go marks "no offset" with -1, so an offset of -1 s counts as none.
    if let Some(offset) = f.offset.filter(|&o| o != -1) {
        let (unix, nanos) = date(&utc);
        let unix = unix - offset;
        let here = local.lookup(unix);
        let name = String::from_utf8_lossy(&f.zone_name).into_owned();
        let zone = if here.offset == offset && (name.is_empty() || here.name == name) { ParsedZone::Local } else { ParsedZone::Fixed(name, offset) };
        return Ok(Parsed { unix, nanos, zone });
    }
    if !f.zone_name.is_empty() {
        let (unix, nanos) = date(&utc);
        let name = String::from_utf8_lossy(&f.zone_name).into_owned();
        if let Some(offset) = local.offset_of_name(&name, unix) {
            return Ok(Parsed { unix: unix - offset, nanos, zone: ParsedZone::Local });
        }
        let offset = match name.strip_prefix("GMT") {
            Some(hours) if !hours.is_empty() => signed_decimal(hours.as_bytes()).unwrap_or(0) * 3600,
            _ => 0,
        };
        return Ok(Parsed { unix, nanos, zone: ParsedZone::Fixed(name, offset) });
    }
    let (unix, nanos) = date(default);
    Ok(Parsed { unix, nanos, zone: ParsedZone::Default })
}

/// The month and day, from a parsed day of the year when there is one.
fn month_and_day(f: &Fields, value: &[u8]) -> Result<(i64, i64), ParseFailure> {
    let Some(mut yday) = f.yday else { return Ok((f.month.unwrap_or(1), f.day.unwrap_or(1))) };
    let mut leap_day = false;
    if is_leap(f.year) {
        if yday == 31 + 29 {
            leap_day = true;
        } else if yday > 31 + 29 {
            yday -= 1;
        }
    }
    if !(1..=365).contains(&yday) {
        return Err(failure(b"", value, ": day-of-year out of range"));
    }
    let (m, d) = if leap_day {
        (2, 29)
    } else {
        let m = (1..=12).rev().find(|&m| days_before(m) < yday).unwrap_or(1);
        (m, yday - days_before(m))
    };
    if f.month.is_some_and(|month| month != m) {
        return Err(failure(b"", value, ": day-of-year does not match month"));
    }
    if f.day.is_some_and(|day| day != d) {
        return Err(failure(b"", value, ": day-of-year does not match day"));
    }
    Ok((m, d))
}

/// Reads `elem` at the start of `value` into `f`; the rest of the value, or
/// `None` when it does not match. A value outside its range sets `range`.
fn read_elem<'a>(elem: Elem, value: &'a [u8], layout_after: &[u8], f: &mut Fields, range: &mut Option<&'static str>) -> Option<&'a [u8]> {
    match elem {
        Elem::Year => {
            let two = value.get(..2)?;
            let y = signed_decimal(two)?;
            f.year = if y >= 69 { y + 1900 } else { y + 2000 };
            Some(&value[2..])
        }
        Elem::LongYear => {
            if value.len() < 4 || !digit_at(value, 0) {
                return None;
            }
            f.year = signed_decimal(&value[..4])?;
            Some(&value[4..])
        }
        Elem::Month | Elem::LongMonth => {
            let (m, rest) = name_prefix(&MONTHS, elem == Elem::Month, value)?;
            f.month = Some(m + 1);
            Some(rest)
        }
        Elem::NumMonth | Elem::ZeroMonth => {
            let (m, rest) = two_digits(value, elem == Elem::ZeroMonth)?;
            f.month = Some(m);
            if !(1..=12).contains(&m) {
                *range = Some("month");
            }
            Some(rest)
        }
        Elem::WeekDay | Elem::LongWeekDay => name_prefix(&WEEKDAYS, elem == Elem::WeekDay, value).map(|(_, rest)| rest),
        Elem::Day | Elem::UnderDay | Elem::ZeroDay => {
            let value = if elem == Elem::UnderDay && value.first() == Some(&b' ') { &value[1..] } else { value };
            let (d, rest) = two_digits(value, elem == Elem::ZeroDay)?;
            f.day = Some(d);
            Some(rest)
        }
        Elem::UnderYearDay | Elem::ZeroYearDay => {
            let mut value = value;
            if elem == Elem::UnderYearDay {
                for _ in 0..2 {
                    if value.first() == Some(&b' ') {
                        value = &value[1..];
                    }
                }
            }
            let (d, rest) = three_digits(value, elem == Elem::ZeroYearDay)?;
            f.yday = Some(d);
            Some(rest)
        }
        Elem::Hour | Elem::Hour12 | Elem::ZeroHour12 => {
            let (h, rest) = two_digits(value, elem == Elem::ZeroHour12)?;
            f.hour = h;
            let limit = if elem == Elem::Hour { 23 } else { 12 };
            if h > limit {
                *range = Some("hour");
            }
            Some(rest)
        }
        Elem::Minute | Elem::ZeroMinute => {
            let (m, rest) = two_digits(value, elem == Elem::ZeroMinute)?;
            f.minute = m;
            if m >= 60 {
                *range = Some("minute");
            }
            Some(rest)
        }
        Elem::Second | Elem::ZeroSecond => {
            let (s, mut rest) = two_digits(value, elem == Elem::ZeroSecond)?;
            f.second = s;
            if s >= 60 {
                *range = Some("second");
                return Some(rest);
            }
            // A fraction the layout does not spell is read here.
            if rest.len() >= 2 && matches!(rest[0], b'.' | b',') && digit_at(rest, 1) {
                if let (_, Some((Elem::Fraction { .. }, _)), _) = next_elem(layout_after) {
                    return Some(rest);
                }
                let n = 2 + rest[2..].iter().take_while(|c| c.is_ascii_digit()).count();
                rest = read_fraction(rest, n, f, range)?;
            }
            Some(rest)
        }
        Elem::PM | Elem::Pm => {
            let two = value.get(..2)?;
            let (am, pm): (&[u8], &[u8]) = if elem == Elem::PM { (b"AM", b"PM") } else { (b"am", b"pm") };
            if two == pm {
                f.pm = true;
            } else if two == am {
                f.am = true;
            } else {
                return None;
            }
            Some(&value[2..])
        }
        Elem::Offset { z, shape } => {
            if z && value.first() == Some(&b'Z') {
                f.utc = true;
                return Some(&value[1..]);
            }
            read_offset(shape, value, f, range)
        }
        Elem::ZoneName => {
            if value.starts_with(b"UTC") {
                f.utc = true;
                return Some(&value[3..]);
            }
            let n = zone_name_len(value)?;
            f.zone_name = value[..n].to_vec();
            Some(&value[n..])
        }
        Elem::Fraction { digits, trim: false, .. } => {
            let n = 1 + digits;
            if value.len() < n {
                return None;
            }
            read_fraction(value, n, f, range)
        }
        Elem::Fraction { trim: true, .. } => {
            if value.len() < 2 || !matches!(value[0], b'.' | b',') || !value[1].is_ascii_digit() {
                return Some(value);
            }
            let n = 1 + value[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            read_fraction(value, n, f, range)
        }
    }
}

/// Reads the fraction `value[..n]` into `f.nanos`; the rest of the value.
fn read_fraction<'a>(value: &'a [u8], n: usize, f: &mut Fields, range: &mut Option<&'static str>) -> Option<&'a [u8]> {
    match fraction(value, n) {
        Ok(ns) => f.nanos = ns,
        Err(Some(what)) => *range = Some(what),
        Err(None) => return None,
    }
    Some(&value[n..])
}

/// A numeric zone offset shaped as the layout says.
fn read_offset<'a>(shape: OffsetShape, value: &'a [u8], f: &mut Fields, range: &mut Option<&'static str>) -> Option<&'a [u8]> {
    // (length, where hours, minutes and seconds start, where colons must be)
    let (len, minutes_at, seconds_at, colons): (usize, Option<usize>, Option<usize>, &[usize]) = match shape {
        OffsetShape::HoursColonMinutes => (6, Some(4), None, &[3]),
        OffsetShape::Hours => (3, None, None, &[]),
        OffsetShape::ColonWithSeconds => (9, Some(4), Some(7), &[3, 6]),
        OffsetShape::WithSeconds => (7, Some(3), Some(5), &[]),
        OffsetShape::HoursMinutes => (5, Some(3), None, &[]),
    };
    if value.len() < len || colons.iter().any(|&i| value[i] != b':') {
        return None;
    }
    // Each part is read only when those before it were; the range checks
    // see zero for parts not read and come before any other failure.
    let part = |at: Option<usize>| at.map_or(Some(0), |i| two_digits(&value[i..i + 2], true).map(|(n, _)| n));
    let hours = part(Some(1));
    let minutes = hours.and_then(|_| part(minutes_at));
    let seconds = minutes.and_then(|_| part(seconds_at));
    let (h, m, s) = (hours.unwrap_or(0), minutes.unwrap_or(0), seconds.unwrap_or(0));
    for (n, what) in [(h, "time zone offset hour"), (m, "time zone offset minute"), (s, "time zone offset second")] {
        if n > if what.ends_with("hour") { 24 } else { 60 } {
            *range = Some(what);
        }
    }
    if range.is_some() {
        return Some(&value[len..]);
    }
    seconds?;
    let offset = (h * 60 + m) * 60 + s;
    f.offset = Some(match value[0] {
        b'+' => offset,
        b'-' => -offset,
        _ => return None,
    });
    Some(&value[len..])
}

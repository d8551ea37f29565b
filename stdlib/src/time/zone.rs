//! Owns time-zone data as package `time` sees it: the zone types a location
//! switches between, its transition instants, the POSIX TZ rule that extends
//! it past its last transition, and the lookup of the zone in effect at an
//! instant with the bounds of that period (Go's results, including its
//! approximate bounds away from rule transitions). Also reads TZif files (the
//! system zone database's format) and stored entries of a zip archive (Go's
//! zoneinfo.zip). Must not know the vm or where files live.

use super::calendar::{days_before, days_in, days_from_civil, is_leap, Civil, SECONDS_PER_DAY};

/// The earliest and latest instants (Unix seconds) a period can bound.
pub const ALPHA: i64 = i64::MIN;
pub const OMEGA: i64 = i64::MAX;

/// One kind of local time: its abbreviation and offset east of UTC.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ZoneType {
    pub name: String,
    pub offset: i64,
    pub is_dst: bool,
}

/// From `when` (Unix seconds) on, the location keeps zone type `index`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Transition {
    pub when: i64,
    pub index: usize,
}

/// A location's rules. No zone types at all means UTC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Zone {
    pub types: Vec<ZoneType>,
    pub transitions: Vec<Transition>,
    /// POSIX TZ rule for instants after the last transition (may be empty).
    pub extend: String,
}

/// The zone in effect at an instant and the period `[start, end)` it lasts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub name: String,
    pub offset: i64,
    pub start: i64,
    pub end: i64,
    pub is_dst: bool,
}

impl Zone {
    /// A zone that is always `name`, `offset` seconds east of UTC.
    pub fn fixed(name: &str, offset: i64) -> Zone {
        Zone {
            types: vec![ZoneType { name: name.to_string(), offset, is_dst: false }],
            transitions: vec![Transition { when: ALPHA, index: 0 }],
            extend: String::new(),
        }
    }

    /// The zone in effect at `sec` (Unix seconds).
    pub fn lookup(&self, sec: i64) -> Period {
        if self.types.is_empty() {
            return Period { name: "UTC".into(), offset: 0, start: ALPHA, end: OMEGA, is_dst: false };
        }
        let tx = &self.transitions;
        if tx.is_empty() || sec < tx[0].when {
            let z = &self.types[self.first_type()];
            let end = tx.first().map_or(OMEGA, |t| t.when);
            return Period { name: z.name.clone(), offset: z.offset, start: ALPHA, end, is_dst: z.is_dst };
        }
        // The last transition at or before `sec`.
        let i = tx.partition_point(|t| t.when <= sec) - 1;
        let start = tx[i].when;
        let end = tx.get(i + 1).map_or(OMEGA, |t| t.when);
        if i == tx.len() - 1 && !self.extend.is_empty() {
            if let Some(p) = rule_period(&self.extend, start, sec) {
                return p;
            }
        }
        let z = &self.types[tx[i].index.min(self.types.len() - 1)];
        Period { name: z.name.clone(), offset: z.offset, start, end, is_dst: z.is_dst }
    }

    /// `time.Date` in this zone: the Unix seconds and nanoseconds of the
    /// wall-clock reading, each field overflowing into the next larger one
    /// (October 32 is November 1). A reading that falls in a gap or overlap
    /// of the zone's clock takes the offset in effect just before or after
    /// the transition, as Go does.
    #[allow(clippy::too_many_arguments)]
    pub fn date(&self, year: i64, month: i64, day: i64, hour: i64, min: i64, sec: i64, nsec: i64) -> (i64, i64) {
        let carry = |hi: i64, lo: i64, base: i64| (hi.wrapping_add(lo.div_euclid(base)), lo.rem_euclid(base));
        let (year, month0) = carry(year, month.wrapping_sub(1), 12);
        let (sec, nsec) = carry(sec, nsec, 1_000_000_000);
        let (min, sec) = carry(min, sec, 60);
        let (hour, min) = carry(hour, min, 60);
        let (day, hour) = carry(day, hour, 24);
        let days = days_from_civil(year, month0 + 1, day);
        let local = days.wrapping_mul(SECONDS_PER_DAY).wrapping_add(hour * 3600 + min * 60 + sec);
        // Guess with the offset at `local` read as UTC; look again when the
        // guess leaves that offset's period.
        let first = self.lookup(local);
        let mut offset = first.offset;
        if offset != 0 {
            let utc = local.wrapping_sub(offset);
            if utc < first.start || utc >= first.end {
                offset = self.lookup(utc).offset;
            }
        }
        (local.wrapping_sub(offset), nsec)
    }

    /// The zone type of instants before the first transition: the first type
    /// when no transition uses it, else the standard type nearest before the
    /// first transition's daylight type, else the first standard type.
    fn first_type(&self) -> usize {
        if !self.transitions.iter().any(|t| t.index == 0) {
            return 0;
        }
        if let Some(first) = self.transitions.first() {
            if self.types.get(first.index).is_some_and(|z| z.is_dst) {
                if let Some(i) = (0..first.index).rev().find(|&i| !self.types[i].is_dst) {
                    return i;
                }
            }
        }
        self.types.iter().position(|z| !z.is_dst).unwrap_or(0)
    }

    /// The offset of the zone abbreviated `name` around `unix` (a wall-clock
    /// reading taken as UTC): a type of that name in effect there wins, else
    /// any type of that name.
    pub fn offset_of_name(&self, name: &str, unix: i64) -> Option<i64> {
        for z in self.types.iter().filter(|z| z.name == name) {
            if self.lookup(unix.wrapping_sub(z.offset)).name == z.name {
                return Some(self.lookup(unix.wrapping_sub(z.offset)).offset);
            }
        }
        self.types.iter().find(|z| z.name == name).map(|z| z.offset)
    }
}

// ---- POSIX TZ rules ("EST5EDT,M3.2.0,M11.1.0") ----

#[derive(Clone, Copy, Debug)]
enum Rule {
    /// `Jn`: day 1–365, February 29 never counted.
    Julian(i64),
    /// `n`: day 0–365, February 29 counted.
    YearDay(i64),
    /// `Mm.w.d`: weekday `d` of week `w` (5 = last) of month `m`.
    MonthWeekDay { month: i64, week: i64, day: i64 },
}

/// A rule and its time of day (seconds of local time).
#[derive(Clone, Copy, Debug)]
struct RuleAt {
    rule: Rule,
    time: i64,
}

/// The period of `rule` containing `sec`; `last_transition` starts it when
/// the rule has no daylight time. `None` when the rule does not parse.
fn rule_period(rule: &str, last_transition: i64, sec: i64) -> Option<Period> {
    let mut s = rule.as_bytes();
    let std_name = take_name(&mut s)?;
    let std_offset = -take_offset(&mut s)?;
    if s.is_empty() || s[0] == b',' {
        return Some(Period { name: std_name, offset: std_offset, start: last_transition, end: OMEGA, is_dst: false });
    }
    let dst_name = take_name(&mut s)?;
    let dst_offset = if s.is_empty() || s[0] == b',' { std_offset + 3600 } else { -take_offset(&mut s)? };
    let default_rules: &[u8] = b",M3.2.0,M11.1.0";
    if s.is_empty() {
        s = default_rules;
    }
    if s[0] != b',' && s[0] != b';' {
        return None;
    }
    s = &s[1..];
    let start_rule = take_rule(&mut s)?;
    if s.first() != Some(&b',') {
        return None;
    }
    s = &s[1..];
    let end_rule = take_rule(&mut s)?;
    if !s.is_empty() {
        return None;
    }
    let civil = Civil::of(sec);
    // As Go computes it: the remainder keeps the sign of `sec`.
    let year_sec = (civil.yday - 1) * SECONDS_PER_DAY + sec % SECONDS_PER_DAY;
    let year_start = sec - year_sec;
    let mut start = rule_time(civil.year, start_rule, std_offset);
    let mut end = rule_time(civil.year, end_rule, dst_offset);
    let (mut std, mut dst) = ((std_name, std_offset, false), (dst_name, dst_offset, true));
    if end < start {
        std::mem::swap(&mut start, &mut end);
        std::mem::swap(&mut std, &mut dst);
    }
    let period = |(name, offset, is_dst): (String, i64, bool), from: i64, to: i64| Period { name, offset, start: from, end: to, is_dst };
    Some(if year_sec < start {
        period(std, year_start, start + year_start)
    } else if year_sec >= end {
        period(std, end + year_start, year_start + 365 * SECONDS_PER_DAY)
    } else {
        period(dst, start + year_start, end + year_start)
    })
}

/// A zone abbreviation: three or more characters up to a digit, sign or
/// comma, or anything between `<` and `>`.
fn take_name(s: &mut &[u8]) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    if s[0] == b'<' {
        let close = s.iter().position(|&c| c == b'>')?;
        let name = String::from_utf8_lossy(&s[1..close]).into_owned();
        *s = &s[close + 1..];
        return Some(name);
    }
    let len = s.iter().position(|c| c.is_ascii_digit() || matches!(c, b',' | b'-' | b'+')).unwrap_or(s.len());
    if len < 3 {
        return None;
    }
    let name = String::from_utf8_lossy(&s[..len]).into_owned();
    *s = &s[len..];
    Some(name)
}

/// `[+-]hh[:mm[:ss]]` in seconds (positive west of Greenwich, as POSIX has it).
fn take_offset(s: &mut &[u8]) -> Option<i64> {
    if s.is_empty() {
        return None;
    }
    let negative = s[0] == b'-';
    if matches!(s[0], b'+' | b'-') {
        *s = &s[1..];
    }
    let mut seconds = take_number(s, 0, 24 * 7)? * 3600;
    for scale in [60, 1] {
        if s.first() != Some(&b':') {
            break;
        }
        *s = &s[1..];
        seconds += take_number(s, 0, 59)? * scale;
    }
    Some(if negative { -seconds } else { seconds })
}

fn take_rule(s: &mut &[u8]) -> Option<RuleAt> {
    let rule = match s.first()? {
        b'J' => {
            *s = &s[1..];
            Rule::Julian(take_number(s, 1, 365)?)
        }
        b'M' => {
            *s = &s[1..];
            let month = take_number(s, 1, 12)?;
            let week = take_dotted(s, 1, 5)?;
            let day = take_dotted(s, 0, 6)?;
            Rule::MonthWeekDay { month, week, day }
        }
        _ => Rule::YearDay(take_number(s, 0, 365)?),
    };
    let time = if s.first() == Some(&b'/') {
        *s = &s[1..];
        take_offset(s)?
    } else {
        2 * 3600
    };
    Some(RuleAt { rule, time })
}

fn take_dotted(s: &mut &[u8], min: i64, max: i64) -> Option<i64> {
    if s.first() != Some(&b'.') {
        return None;
    }
    *s = &s[1..];
    take_number(s, min, max)
}

/// Decimal digits forming a number in `min..=max`.
fn take_number(s: &mut &[u8], min: i64, max: i64) -> Option<i64> {
    let len = s.iter().position(|c| !c.is_ascii_digit()).unwrap_or(s.len());
    if len == 0 {
        return None;
    }
    let mut n = 0i64;
    for &c in &s[..len] {
        n = n * 10 + i64::from(c - b'0');
        if n > max {
            return None;
        }
    }
    if n < min {
        return None;
    }
    *s = &s[len..];
    Some(n)
}

/// Seconds from the start of `year` (UTC) to the instant `rule` names, for
/// a wall clock `offset` seconds east of UTC.
fn rule_time(year: i64, at: RuleAt, offset: i64) -> i64 {
    let day = match at.rule {
        Rule::Julian(n) => n - 1 + i64::from(is_leap(year) && n >= 60),
        Rule::YearDay(n) => n,
        Rule::MonthWeekDay { month, week, day } => {
            let first = days_from_civil(year, month, 1);
            let first_weekday = super::calendar::weekday(first);
            let mut d = (day - first_weekday).rem_euclid(7);
            for _ in 1..week {
                if d + 7 >= days_in(month, year) {
                    break;
                }
                d += 7;
            }
            d + days_before(month) + i64::from(is_leap(year) && month > 2)
        }
    };
    day * SECONDS_PER_DAY + at.time - offset
}

// ---- TZif files ----

/// Why TZif data could not be read: Go's one message for all of it.
pub const MALFORMED: &str = "malformed time zone information";

/// Reads a TZif file (versions 1 to 4; the 64-bit data when present).
pub fn read_tzif(data: &[u8]) -> Result<Zone, &'static str> {
    let mut r = Reader { data, pos: 0 };
    let header = r.header().ok_or(MALFORMED)?;
    let (version, mut counts) = header;
    let wide = version >= b'2';
    if wide {
        // Skip the 32-bit body and read the second header.
        let [isut, isstd, leap, time, types, chars] = counts;
        r.skip(time * 5 + types * 6 + chars + leap * 8 + isstd + isut).ok_or(MALFORMED)?;
        counts = r.header().ok_or(MALFORMED)?.1;
    }
    let [isut, isstd, leap, time, types, chars] = counts;
    let width = if wide { 8 } else { 4 };
    let whens = r.take(time * width).ok_or(MALFORMED)?;
    let indices = r.take(time).ok_or(MALFORMED)?;
    let type_bytes = r.take(types * 6).ok_or(MALFORMED)?;
    let abbrevs = r.take(chars).ok_or(MALFORMED)?;
    r.skip(leap * (width + 4) + isstd + isut).ok_or(MALFORMED)?;
    if types == 0 {
        return Err(MALFORMED);
    }
    let mut zone = Zone::default();
    for t in type_bytes.chunks(6) {
        let offset = i64::from(i32::from_be_bytes([t[0], t[1], t[2], t[3]]));
        let at = t[5] as usize;
        if at >= abbrevs.len() {
            return Err(MALFORMED);
        }
        let name_len = abbrevs[at..].iter().position(|&c| c == 0).unwrap_or(abbrevs.len() - at);
        let name = String::from_utf8_lossy(&abbrevs[at..at + name_len]).into_owned();
        zone.types.push(ZoneType { name, offset, is_dst: t[4] != 0 });
    }
    for (i, &index) in indices.iter().enumerate() {
        let raw = &whens[i * width..(i + 1) * width];
        let when = if wide {
            i64::from_be_bytes(raw.try_into().map_err(|_| MALFORMED)?)
        } else {
            i64::from(i32::from_be_bytes(raw.try_into().map_err(|_| MALFORMED)?))
        };
        if index as usize >= zone.types.len() {
            return Err(MALFORMED);
        }
        zone.transitions.push(Transition { when, index: index as usize });
    }
    if zone.transitions.is_empty() {
        zone.transitions.push(Transition { when: ALPHA, index: 0 });
    }
    let rest = &data[r.pos..];
    if wide && rest.len() > 2 && rest[0] == b'\n' && rest[rest.len() - 1] == b'\n' {
        zone.extend = String::from_utf8_lossy(&rest[1..rest.len() - 1]).into_owned();
    }
    Ok(zone)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let bytes = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(bytes)
    }

    fn skip(&mut self, n: usize) -> Option<()> {
        self.take(n).map(|_| ())
    }

    /// The magic, the version byte and the six counts
    /// (isut, isstd, leap, time, type, char).
    fn header(&mut self) -> Option<(u8, [usize; 6])> {
        if self.take(4)? != b"TZif" {
            return None;
        }
        let version = self.take(1)?[0];
        self.skip(15)?;
        let mut counts = [0usize; 6];
        for c in &mut counts {
            let b = self.take(4)?;
            *c = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
        }
        Some((version, counts))
    }
}

// ---- zoneinfo.zip ----

/// Why a zone could not be taken from a zip archive of the database.
#[derive(Debug, PartialEq, Eq)]
pub enum ZipFailure {
    /// The archive's directory or the entry's header does not read.
    Corrupt,
    /// The entry is compressed (Go's archive stores its entries as they are).
    Compressed,
}

fn le16(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn le32(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The stored entry `name` of a zip archive without an archive comment (as
/// Go reads `$GOROOT/lib/time/zoneinfo.zip`); `Ok(None)` when it has none.
pub fn zip_entry(zip: &[u8], name: &str) -> Result<Option<Vec<u8>>, ZipFailure> {
    const END: usize = 0x0605_4b50;
    const CENTRAL: usize = 0x0201_4b50;
    const LOCAL: usize = 0x0403_4b50;
    let tail = zip.len().checked_sub(22).ok_or(ZipFailure::Corrupt)?;
    let at = |f: fn(&[u8], usize) -> Option<usize>, base: usize, off: usize| f(zip, base + off).ok_or(ZipFailure::Corrupt);
    if at(le32, tail, 0)? != END {
        return Err(ZipFailure::Corrupt);
    }
    let (count, dir_size, dir_at) = (at(le16, tail, 10)?, at(le32, tail, 12)?, at(le32, tail, 16)?);
    if zip.get(dir_at..dir_at + dir_size).is_none() {
        return Err(ZipFailure::Corrupt);
    }
    let mut entry = dir_at;
    for _ in 0..count {
        if le32(zip, entry) != Some(CENTRAL) {
            break;
        }
        let method = at(le16, entry, 10)?;
        let size = at(le32, entry, 24)?;
        let name_len = at(le16, entry, 28)?;
        let skip = name_len + at(le16, entry, 30)? + at(le16, entry, 32)?;
        let header_at = at(le32, entry, 42)?;
        let entry_name = zip.get(entry + 46..entry + 46 + name_len).ok_or(ZipFailure::Corrupt)?;
        entry += 46 + skip;
        if entry_name != name.as_bytes() {
            continue;
        }
        if method != 0 {
            return Err(ZipFailure::Compressed);
        }
        let header_ok = le32(zip, header_at) == Some(LOCAL)
            && le16(zip, header_at + 8) == Some(method)
            && le16(zip, header_at + 26) == Some(name_len)
            && zip.get(header_at + 30..header_at + 30 + name_len) == Some(name.as_bytes());
        if !header_ok {
            return Err(ZipFailure::Corrupt);
        }
        let data_at = header_at + 30 + name_len + at(le16, header_at, 28)?;
        return zip.get(data_at..data_at + size).map(|d| Some(d.to_vec())).ok_or(ZipFailure::Corrupt);
    }
    Ok(None)
}

#[cfg(test)]
mod zip_tests {
    use super::{zip_entry, ZipFailure};

    /// A zip archive of stored entries, built as the format says.
    fn archive(entries: &[(&str, &[u8], u16)]) -> Vec<u8> {
        let (mut out, mut dir) = (Vec::new(), Vec::new());
        for (name, data, method) in entries {
            let at = out.len() as u32;
            out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
            out.extend_from_slice(&[20, 0, 0, 0]);
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&[0; 16]);
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);
            dir.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
            dir.extend_from_slice(&[20, 0, 20, 0, 0, 0]);
            dir.extend_from_slice(&method.to_le_bytes());
            dir.extend_from_slice(&[0; 12]);
            dir.extend_from_slice(&(data.len() as u32).to_le_bytes());
            dir.extend_from_slice(&(name.len() as u16).to_le_bytes());
            dir.extend_from_slice(&[0; 12]);
            dir.extend_from_slice(&at.to_le_bytes());
            dir.extend_from_slice(name.as_bytes());
        }
        let dir_at = out.len() as u32;
        out.extend_from_slice(&dir);
        out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        out.extend_from_slice(&[0; 6]);
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(dir.len() as u32).to_le_bytes());
        out.extend_from_slice(&dir_at.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn reads_stored_entries() {
        let zip = archive(&[("Europe/Paris", b"paris data", 0), ("Asia/Tokyo", b"tokyo", 0), ("Deflated", b"x", 8)]);
        assert_eq!(zip_entry(&zip, "Asia/Tokyo"), Ok(Some(b"tokyo".to_vec())));
        assert_eq!(zip_entry(&zip, "Europe/Paris"), Ok(Some(b"paris data".to_vec())));
        assert_eq!(zip_entry(&zip, "Nowhere"), Ok(None));
        assert_eq!(zip_entry(&zip, "Deflated"), Err(ZipFailure::Compressed));
        assert_eq!(zip_entry(b"not a zip at all, longer than 22", "x"), Err(ZipFailure::Corrupt));
        assert_eq!(zip_entry(&zip[..zip.len() - 1], "x"), Err(ZipFailure::Corrupt));
    }
}

//! Owns the reading of Go time layouts ("2006-01-02T15:04:05Z07:00"): which
//! spellings of the reference time are elements (`Jan`, `_2`, `.000`,
//! `Z07:00`, …) and which text is literal, by Go's recognition rules (`Mon`
//! only when no lower-case letter follows, `_2006` a literal `_` and a year,
//! fractions only when no digit follows). Must not know dates or zones.

/// One element of a layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elem {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    /// `MST`: the zone's abbreviation.
    ZoneName,
    /// A numeric zone offset; `z` when `Z` stands for a zero offset.
    Offset { z: bool, shape: OffsetShape },
    /// Fractional seconds after `sep`: `digits` of them, every one printed
    /// (`.000`) or trailing zeros trimmed (`.999`).
    Fraction { sep: u8, digits: usize, trim: bool },
}

/// Which parts a numeric zone offset shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetShape {
    /// `-07`
    Hours,
    /// `-0700`
    HoursMinutes,
    /// `-07:00`
    HoursColonMinutes,
    /// `-070000`
    WithSeconds,
    /// `-07:00:00`
    ColonWithSeconds,
}

impl OffsetShape {
    pub fn has_minutes(self) -> bool {
        self != OffsetShape::Hours
    }
    pub fn has_seconds(self) -> bool {
        matches!(self, OffsetShape::WithSeconds | OffsetShape::ColonWithSeconds)
    }
    pub fn has_colons(self) -> bool {
        matches!(self, OffsetShape::HoursColonMinutes | OffsetShape::ColonWithSeconds)
    }
}

/// A layout split at its next element: (literal before it, the element and
/// its spelling — `None` when the rest is literal —, the layout after it).
pub type Split<'a> = (&'a [u8], Option<(Elem, &'a [u8])>, &'a [u8]);

/// The next element of `layout`.
pub fn next_elem(layout: &[u8]) -> Split<'_> {
    for i in 0..layout.len() {
        if let Some((start, len, elem)) = elem_at(layout, i) {
            let end = start + len;
            return (&layout[..start], Some((elem, &layout[start..end])), &layout[end..]);
        }
    }
    (layout, None, &[])
}

fn lower_at(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|c| c.is_ascii_lowercase())
}

/// The element starting at or just after `i` as (start, length, element).
fn elem_at(l: &[u8], i: usize) -> Option<(usize, usize, Elem)> {
    let rest = &l[i..];
    let is = |s: &str| rest.starts_with(s.as_bytes());
    let at = |len: usize, e: Elem| Some((i, len, e));
    match rest[0] {
        b'J' if is("January") => at(7, Elem::LongMonth),
        b'J' if is("Jan") && !lower_at(l, i + 3) => at(3, Elem::Month),
        b'M' if is("Monday") => at(6, Elem::LongWeekDay),
        b'M' if is("Mon") && !lower_at(l, i + 3) => at(3, Elem::WeekDay),
        b'M' if is("MST") => at(3, Elem::ZoneName),
        b'0' if rest.len() >= 2 && (b'1'..=b'6').contains(&rest[1]) => {
            let elem = [Elem::ZeroMonth, Elem::ZeroDay, Elem::ZeroHour12, Elem::ZeroMinute, Elem::ZeroSecond, Elem::Year];
            at(2, elem[(rest[1] - b'1') as usize])
        }
        b'0' if is("002") => at(3, Elem::ZeroYearDay),
        b'1' if is("15") => at(2, Elem::Hour),
        b'1' => at(1, Elem::NumMonth),
        b'2' if is("2006") => at(4, Elem::LongYear),
        b'2' => at(1, Elem::Day),
        // `_2006` is a literal underscore before the year.
        b'_' if is("_2006") => Some((i + 1, 4, Elem::LongYear)),
        b'_' if is("_2") => at(2, Elem::UnderDay),
        b'_' if is("__2") => at(3, Elem::UnderYearDay),
        b'3' => at(1, Elem::Hour12),
        b'4' => at(1, Elem::Minute),
        b'5' => at(1, Elem::Second),
        b'P' if is("PM") => at(2, Elem::PM),
        b'p' if is("pm") => at(2, Elem::Pm),
        b'-' | b'Z' => offset_at(rest).map(|(len, shape)| (i, len, Elem::Offset { z: rest[0] == b'Z', shape })),
        b'.' | b',' if rest.len() >= 2 && matches!(rest[1], b'0' | b'9') => {
            let digit = rest[1];
            let digits = rest[1..].iter().take_while(|&&c| c == digit).count();
            if rest.get(1 + digits).is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            at(1 + digits, Elem::Fraction { sep: rest[0], digits, trim: digit == b'9' })
        }
        _ => None,
    }
}

/// A numeric offset spelled after its leading `-` or `Z`.
fn offset_at(rest: &[u8]) -> Option<(usize, OffsetShape)> {
    const SHAPES: [(&str, OffsetShape); 5] = [
        ("070000", OffsetShape::WithSeconds),
        ("07:00:00", OffsetShape::ColonWithSeconds),
        ("0700", OffsetShape::HoursMinutes),
        ("07:00", OffsetShape::HoursColonMinutes),
        ("07", OffsetShape::Hours),
    ];
    SHAPES.iter().find(|(s, _)| rest[1..].starts_with(s.as_bytes())).map(|(s, shape)| (1 + s.len(), *shape))
}

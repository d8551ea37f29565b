// Package time measures and shows time: instants on the calendar and on a
// monotonic clock, durations, time zones, layouts for formatting and
// parsing, and pauses of goroutines.
package time

import "errors"

// Duration is a span of time counted in nanoseconds (up to about 292 years
// either way).
type Duration int64

// The units of Duration; multiply them to build one (2 * time.Second).
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Texts of the panics and errors of this package.
const (
	noLocationForDate = "time: missing Location in call to Date"
	noLocationForIn   = "time: missing Location in call to Time.In"
)

var errNotJSONString = errors.New("Time.UnmarshalJSON: input is not a JSON string")

// The layout of Time.String.
const stringLayout = "2006-01-02 15:04:05.999999999 -0700 MST"

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// The layouts Go predefines: each spells the reference time
// Mon Jan 2 15:04:05 MST 2006 the way it wants times shown.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// A Month of the year (January = 1).
type Month int

// The months of the year.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// A Weekday (Sunday = 0).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var dayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String names the month in English; a value outside 1..12 reads
// "%!Month(13)" (a negative one as its unsigned 64-bit value).
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + unsignedDecimal(uint64(m)) + ")"
}

// String names the day in English; a value outside 0..6 reads
// "%!Weekday(7)".
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + unsignedDecimal(uint64(d)) + ")"
}

// decimal writes n in base 10.
func decimal(n int64) string {
	if n < 0 {
		return "-" + unsignedDecimal(-uint64(n))
	}
	return unsignedDecimal(uint64(n))
}

func unsignedDecimal(u uint64) string {
	var digits [20]byte
	at := len(digits)
	for {
		at--
		digits[at] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return string(digits[at:])
}

// ---- Duration ----

// String writes d as hours, minutes and seconds, like "1h2m3.5s", or in
// ms, µs or ns below a second; zero is "0s".
func (d Duration) String() string

// Nanoseconds is d as a count of nanoseconds.
func (d Duration) Nanoseconds() int64 {
	return int64(d)
}

// Microseconds is d in whole microseconds, rounded toward zero.
func (d Duration) Microseconds() int64 {
	return int64(d) / 1000
}

// Milliseconds is d in whole milliseconds, rounded toward zero.
func (d Duration) Milliseconds() int64 {
	return int64(d) / 1000000
}

// Seconds is d in seconds, with a fraction.
func (d Duration) Seconds() float64 {
	whole, part := d/Second, d%Second
	return float64(whole) + float64(part)/1e9
}

// Minutes is d in minutes, with a fraction.
func (d Duration) Minutes() float64 {
	whole, part := d/Minute, d%Minute
	return float64(whole) + float64(part)/(60*1e9)
}

// Hours is d in hours, with a fraction.
func (d Duration) Hours() float64 {
	whole, part := d/Hour, d%Hour
	return float64(whole) + float64(part)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (d itself when m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// under half reports whether r is less than half of m, without overflow.
func underHalf(r, m Duration) bool {
	return uint64(r)+uint64(r) < uint64(m)
}

// Round rounds d to the nearest multiple of m, halves away from zero,
// saturating at the largest or smallest Duration; d itself when m <= 0.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	rem := d % m
	if d < 0 {
		rem = -rem
		if underHalf(rem, m) {
			return d + rem
		}
		if down := d - m + rem; down < d {
			return down
		}
		return minDuration
	}
	if underHalf(rem, m) {
		return d - rem
	}
	if up := d + m - rem; up > d {
		return up
	}
	return maxDuration
}

// Abs is the absolute value of d; the smallest Duration gives the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// ParseDuration reads a signed sequence of decimal numbers, each with an
// optional fraction and a unit ("ns", "us" or "µs", "ms", "s", "m", "h"),
// like "1h15m" or "-2.5s".
func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return Duration(d), nil
}

func parseDuration(s string) (int64, string)

// ---- Time ----

// Time is an instant with nanosecond precision, read on the wall clock
// and, for instants from Now, also on the monotonic clock, shown in a
// Location. Its zero value is January 1, year 1, 00:00:00 UTC.
//
// As in Go, wall packs a flag saying a monotonic reading is present (top
// bit), then seconds since 1885 (33 bits) and the nanoseconds (30 bits);
// without the flag, wall holds only the nanoseconds and ext counts seconds
// since year 1, with it ext is the monotonic reading. A nil loc means UTC.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	monoFlag   uint64 = 1 << 63
	nanoBits          = 30
	nanoMask   uint64 = 1<<nanoBits - 1
	packedMax  int64  = 1<<33 - 1
	from1885   int64  = 59453308800 // seconds from year 1 to 1885
	unixEpoch  int64  = 62135596800 // seconds from year 1 to 1970
	oldestUnix int64  = -1 << 63    // Unix seconds no period starts before
	newestUnix int64  = 1<<63 - 1
)

// nsec is the nanosecond within the second.
func (t *Time) nsec() int32 {
	return int32(t.wall & nanoMask)
}

// sec counts seconds since January 1, year 1 UTC.
func (t *Time) sec() int64 {
	if t.wall&monoFlag != 0 {
		return from1885 + int64(t.wall<<1>>(nanoBits+1))
	}
	return t.ext
}

func (t *Time) unixSec() int64 {
	return t.sec() - unixEpoch
}

// addSec moves t by d seconds, unpacking the wall seconds when they leave
// the packed range and saturating ext.
func (t *Time) addSec(d int64) {
	if t.wall&monoFlag != 0 {
		packed := int64(t.wall<<1>>(nanoBits+1)) + d
		if packed >= 0 && packed <= packedMax {
			t.wall = monoFlag | uint64(packed)<<nanoBits | t.wall&nanoMask
			return
		}
		t.stripMono()
	}
	moved := t.ext + d
	switch {
	case (moved > t.ext) == (d > 0):
		t.ext = moved
	case d > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

// stripMono drops the monotonic reading, keeping the wall clock.
func (t *Time) stripMono() {
	if t.wall&monoFlag != 0 {
		t.ext = t.sec()
		t.wall &= nanoMask
	}
}

// setLoc puts t in loc (UTC stored as nil), dropping the monotonic reading.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// unixTime is the Time sec seconds and nsec nanoseconds after the Unix
// epoch, in Local.
func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixEpoch, Local}
}

// Now is the current time, with a monotonic reading.
func Now() Time {
	sec, nsec, mono := clockNow()
	since1885 := sec + unixEpoch - from1885
	if since1885 < 0 || since1885 > packedMax {
		return Time{uint64(nsec), sec + unixEpoch, Local}
	}
	return Time{monoFlag | uint64(since1885)<<nanoBits | uint64(nsec), mono, Local}
}

// clockNow reads the wall clock (Unix seconds and nanoseconds) and the
// monotonic clock (nanoseconds since the program started).
func clockNow() (sec int64, nsec int32, mono int64)

// Unix is the local Time sec seconds and nsec nanoseconds after January 1,
// 1970 UTC; nsec may lie outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		sec += nsec / 1e9
		nsec %= 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{uint64(nsec), sec + unixEpoch, Local}
}

// UnixMilli is the local Time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time {
	return Unix(msec/1000, msec%1000*int64(Millisecond))
}

// UnixMicro is the local Time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time {
	return Unix(usec/1000000, usec%1000000*int64(Microsecond))
}

// Unix counts the seconds from January 1, 1970 UTC to t.
func (t Time) Unix() int64 {
	return t.unixSec()
}

// UnixMilli counts milliseconds from the Unix epoch to t.
func (t Time) UnixMilli() int64 {
	return int64(t.nsec())/int64(Millisecond) + t.unixSec()*1000
}

// UnixMicro counts microseconds from the Unix epoch to t.
func (t Time) UnixMicro() int64 {
	return int64(t.nsec())/int64(Microsecond) + t.unixSec()*1000000
}

// UnixNano counts nanoseconds from the Unix epoch to t (wrapping outside
// the years 1678 to 2262).
func (t Time) UnixNano() int64 {
	return t.unixSec()*1e9 + int64(t.nsec())
}

// Date is the Time of the given wall clock in loc. Fields out of range
// carry into the next larger one (October 32 is November 1); a clock
// reading skipped or repeated by a zone transition gets one of the two
// offsets, as Go chooses. It panics when loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic(noLocationForDate)
	}
	s, ns := dateUnix(year, int(month), day, hour, min, sec, nsec, loc)
	t := unixTime(s, int32(ns))
	t.setLoc(loc)
	return t
}

func dateUnix(year, month, day, hour, min, sec, nsec int, loc *Location) (int64, int)

// IsZero reports whether t is January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec() == 0 && t.nsec() == 0
}

// After reports whether t is later than u (by the monotonic clock when both
// have a reading).
func (t Time) After(u Time) bool {
	if t.wall&u.wall&monoFlag != 0 {
		return t.ext > u.ext
	}
	if a, b := t.sec(), u.sec(); a != b {
		return a > b
	}
	return t.nsec() > u.nsec()
}

// Before reports whether t is earlier than u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&monoFlag != 0 {
		return t.ext < u.ext
	}
	if a, b := t.sec(), u.sec(); a != b {
		return a < b
	}
	return t.nsec() < u.nsec()
}

// Compare is -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.wall&u.wall&monoFlag != 0 {
		a, b = t.ext, u.ext
	} else {
		a, b = t.sec(), u.sec()
		if a == b {
			a, b = int64(t.nsec()), int64(u.nsec())
		}
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&monoFlag != 0 {
		return t.ext == u.ext
	}
	return t.nsec() == u.nsec() && t.sec() == u.sec()
}

// Add is t moved by d.
func (t Time) Add(d Duration) Time {
	secs := int64(d / 1e9)
	nanos := t.nsec() + int32(d%1e9)
	if nanos >= 1e9 {
		secs++
		nanos -= 1e9
	} else if nanos < 0 {
		secs--
		nanos += 1e9
	}
	t.wall = t.wall&^nanoMask | uint64(nanos)
	t.addSec(secs)
	if t.wall&monoFlag != 0 {
		mono := t.ext + int64(d)
		if d < 0 && mono > t.ext || d > 0 && mono < t.ext {
			t.stripMono()
		} else {
			t.ext = mono
		}
	}
	return t
}

// Sub is t-u, saturated to the largest or smallest Duration.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&monoFlag != 0 {
		d := Duration(t.ext - u.ext)
		switch {
		case d < 0 && t.ext > u.ext:
			return maxDuration
		case d > 0 && t.ext < u.ext:
			return minDuration
		}
		return d
	}
	d := Duration(t.nsec()-u.nsec()) + Second*Duration(t.sec()-u.sec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Since is the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until is the time left until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// AddDate is t with years, months and days added to its date in its
// location, normalised as Date normalises.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec()), t.Location())
}

// civil reads t's calendar in its location.
func civil(loc *Location, unix int64) (year int, month Month, day, yday int, wday Weekday, hour, min, sec int)

// Date is t's year, month and day in its location.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _, _, _, _ = civil(t.loc, t.unixSec())
	return
}

// Year is t's year in its location.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month is t's month in its location.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day is t's day of the month in its location.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday is t's day of the week in its location.
func (t Time) Weekday() Weekday {
	_, _, _, _, wd, _, _, _ := civil(t.loc, t.unixSec())
	return wd
}

// YearDay is t's day of the year, 1 to 366.
func (t Time) YearDay() int {
	_, _, _, yd, _, _, _, _ := civil(t.loc, t.unixSec())
	return yd
}

// ISOWeek is t's ISO 8601 year and week (1 to 53); the week of January 1
// may belong to the year before, that of December 31 to the year after.
func (t Time) ISOWeek() (year, week int) {
	return isoWeek(t.loc, t.unixSec())
}

func isoWeek(loc *Location, unix int64) (year, week int)

// Clock is t's hour, minute and second in its location.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, _, _, hour, min, sec = civil(t.loc, t.unixSec())
	return
}

// Hour is t's hour, 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute is t's minute, 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second is t's second, 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond is t's nanosecond within its second.
func (t Time) Nanosecond() int {
	return int(t.nsec())
}

// remainder is (sec seconds + nsec) modulo d, never negative.
func remainder(sec int64, nsec int32, d Duration) Duration

// Truncate is t rounded down to a multiple of d since the zero Time
// (t without its monotonic reading when d <= 0).
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t.sec(), t.nsec(), d))
}

// Round is t rounded to the nearest multiple of d since the zero Time,
// halves up (t without its monotonic reading when d <= 0).
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t.sec(), t.nsec(), d)
	if underHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// UTC is t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local is t in the local zone.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In is t in loc; it panics when loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic(noLocationForIn)
	}
	t.setLoc(loc)
	return t
}

// Location is t's location (UTC for a nil one).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// zoneAt is the zone of loc in effect at unix: its abbreviation, offset
// east of UTC, the Unix seconds its period starts and ends (the extremes
// of int64 when unbounded) and whether it is daylight time.
func zoneAt(loc *Location, unix int64) (name string, offset int, start, end int64, isDST bool)

// Zone is the abbreviation and offset (seconds east of UTC) of the zone in
// effect at t.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = zoneAt(t.loc, t.unixSec())
	return
}

// ZoneBounds is the period of the zone in effect at t, as Times in t's
// location; an unbounded side is the zero Time.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, from, to, _ := zoneAt(t.loc, t.unixSec())
	if from != oldestUnix {
		start = unixTime(from, 0)
		start.setLoc(t.loc)
	}
	if to != newestUnix {
		end = unixTime(to, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether t falls in daylight saving time.
func (t Time) IsDST() bool {
	_, _, _, _, dst := zoneAt(t.loc, t.unixSec())
	return dst
}

// formatTime writes the instant unix+nsec of loc by layout.
func formatTime(loc *Location, unix int64, nsec int32, layout string) string

// Format writes t as layout says: the layout spells the reference time
// Mon Jan 2 15:04:05 MST 2006 as t should appear.
func (t Time) Format(layout string) string {
	return formatTime(t.loc, t.unixSec(), t.nsec(), layout)
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// monoText is " m=±s.nnnnnnnnn" for a monotonic reading of m ns.
func monoText(m int64) string

// String writes t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by its monotonic reading when it has one (" m=+0.000012345").
func (t Time) String() string {
	s := t.Format(stringLayout)
	if t.wall&monoFlag != 0 {
		s += monoText(t.ext)
	}
	return s
}

// GoString writes t as the Go expression that builds it (fmt's %#v):
// time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	s := "time.Date(" + decimal(int64(y)) + ", time." + m.String() + ", " + decimal(int64(d)) + ", " +
		decimal(int64(hh)) + ", " + decimal(int64(mm)) + ", " + decimal(int64(ss)) + ", " + decimal(int64(t.nsec())) + ", "
	loc := t.Location()
	switch loc {
	case UTC:
		s += "time.UTC"
	case Local:
		s += "time.Local"
	default:
		s += "time.Location(" + quote(loc.name) + ")"
	}
	return s + ")"
}

// MarshalText writes t in RFC 3339 with nanoseconds; years outside 0..9999
// are an error.
func (t Time) MarshalText() ([]byte, error) {
	return t.rfc3339Bytes("Time.MarshalText: ")
}

// AppendText is MarshalText appending to b.
func (t Time) AppendText(b []byte) ([]byte, error) {
	text, err := t.rfc3339Bytes("Time.AppendText: ")
	if err != nil {
		return nil, err
	}
	return append(b, text...), nil
}

// MarshalJSON writes t as a JSON string in RFC 3339 with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	text, err := t.rfc3339Bytes("Time.MarshalJSON: ")
	if err != nil {
		return nil, err
	}
	return append(append([]byte{'"'}, text...), '"'), nil
}

// rfc3339Bytes is t in RFC 3339 with nanoseconds, or an error (its text
// after who) when RFC 3339 cannot show t's year or zone offset.
func (t Time) rfc3339Bytes(who string) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New(who + "year outside of range [0,9999]")
	}
	if _, offset := t.Zone(); offset <= -86400 || offset >= 86400 {
		return nil, errors.New(who + "timezone hour outside of range [0,23]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

// UnmarshalText reads an RFC 3339 time into t (the zero Time on error).
func (t *Time) UnmarshalText(data []byte) error {
	parsed, err := Parse(RFC3339, string(data))
	*t = parsed
	return err
}

// The errors of the binary form.
var (
	errBinaryOffset  = errors.New("Time.MarshalBinary: unexpected zone offset")
	errBinaryEmpty   = errors.New("Time.UnmarshalBinary: no data")
	errBinaryVersion = errors.New("Time.UnmarshalBinary: unsupported version")
	errBinaryLength  = errors.New("Time.UnmarshalBinary: invalid length")
)

// The versions of the binary form: 2 adds the seconds of the zone offset.
const (
	binaryV1 byte = 1
	binaryV2 byte = 2
)

// AppendBinary appends t's binary form: a version byte, the seconds since
// year 1 (8 bytes, big-endian), the nanoseconds (4 bytes), the zone offset
// in minutes (2 bytes, -1 for UTC) and, in version 2, its leftover seconds.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	version := binaryV1
	minutes := int64(-1)
	var seconds int64
	if t.Location() != UTC {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryV2
			seconds = int64(offset % 60)
		}
		minutes = int64(offset / 60)
		if minutes == -1 || minutes < -32768 || minutes > 32767 {
			return b, errBinaryOffset
		}
	}
	sec, nsec := t.sec(), int64(t.nsec())
	b = append(b, version)
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(sec>>shift))
	}
	b = append(b, byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec), byte(minutes>>8), byte(minutes))
	if version == binaryV2 {
		b = append(b, byte(seconds))
	}
	return b, nil
}

// MarshalBinary is t's binary form (see AppendBinary).
func (t Time) MarshalBinary() ([]byte, error) {
	room := make([]byte, 0, 16)
	if b, err := t.AppendBinary(room); err == nil {
		return b, nil
	} else {
		return nil, err
	}
}

// UnmarshalBinary reads the binary form into t: in UTC, in Local when the
// offset is Local's at that instant, else in an unnamed fixed zone.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errBinaryEmpty
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return errBinaryVersion
	}
	size := 15
	if version == binaryV2 {
		size = 16
	}
	if len(data) != size {
		return errBinaryLength
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	nsec := int32(data[9])<<24 | int32(data[10])<<16 | int32(data[11])<<8 | int32(data[12])
	offset := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == binaryV2 {
		offset += int(int8(data[15]))
	}
	*t = Time{wall: uint64(nsec), ext: sec}
	if offset == -60 {
		t.setLoc(&utcLoc)
		return nil
	}
	if _, local, _, _, _ := zoneAt(Local, t.unixSec()); local == offset {
		t.setLoc(Local)
		return nil
	}
	unnamed := FixedZone("", offset)
	t.setLoc(unnamed)
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error {
	err := t.UnmarshalBinary(data)
	return err
}

// UnmarshalJSON reads a JSON string holding an RFC 3339 time into t; the
// JSON null leaves t alone.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if n := len(data); n < 2 || data[0] != '"' || data[n-1] != '"' {
		return errNotJSONString
	}
	return t.UnmarshalText(data[1 : len(data)-1])
}

// ---- Parse ----

// ParseError says why a value does not match a layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote writes s in double quotes, bytes outside printable ASCII as \x
// escapes.
func quote(s string) string

// Error reads like `parsing time "x" as "2006": cannot parse "x" as "2006"`,
// or names the problem in Message (": month out of range").
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
		quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// Where parseTime's result lives.
const (
	inUTC = iota
	inLocal
	inDefault
	inFixed
)

// parseTime matches value against layout; ok false gives the ParseError's
// elements and message.
func parseTime(layout, value string, def, local *Location) (unix int64, nsec int, where int, zoneName string, zoneOffset int, layoutElem, valueElem, message string, ok bool)

// Parse reads value as layout spells the reference time. Without zone
// information the result is in UTC; a zone offset or abbreviation known to
// the local zone gives a local time, another one a fabricated fixed zone.
func Parse(layout, value string) (Time, error) {
	return parseIn(layout, value, UTC, Local)
}

// ParseInLocation is Parse reading times without zone information in loc,
// and matching offsets and abbreviations against loc instead of Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc, loc)
}

func parseIn(layout, value string, def, local *Location) (Time, error) {
	unix, nsec, where, zoneName, zoneOffset, layoutElem, valueElem, message, ok := parseTime(layout, value, def, local)
	if !ok {
		return Time{}, &ParseError{layout, value, layoutElem, valueElem, message}
	}
	t := Time{uint64(nsec), unix + unixEpoch, Local}
	switch where {
	case inUTC:
		t.setLoc(UTC)
	case inLocal:
		t.setLoc(local)
	case inDefault:
		if def == nil {
			panic(noLocationForDate)
		}
		t.setLoc(def)
	default:
		t.setLoc(FixedZone(zoneName, zoneOffset))
	}
	return t, nil
}

// ---- Location ----

// A Location is a time zone: the offsets and abbreviations in use over time
// in one place.
type Location struct {
	name string
	zone int // the natives' zone table entry; -1 for Local not yet read
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local", zone: -1}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's zone: $TZ when set (UTC when empty), else
// /etc/localtime.
var Local *Location = &localLoc

// String is the location's name ("UTC", "Local", "Europe/Paris", …).
func (l *Location) String() string

// FixedZone is a Location always name, offset seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	hour := offset / 3600
	if name == "" && hour >= -12 && hour <= 14 && hour*3600 == offset {
		if unnamedZones[hour+12] == nil {
			unnamedZones[hour+12] = &Location{name: "", zone: fixedZone("", offset)}
		}
		return unnamedZones[hour+12]
	}
	return &Location{name: name, zone: fixedZone(name, offset)}
}

// unnamedZones keeps the one Location of each whole-hour unnamed offset.
var unnamedZones [27]*Location

func fixedZone(name string, offset int) int

// errInvalidName is LoadLocation's error for names that climb out of the
// zone database.
var errInvalidName = errors.New("time: invalid location name")

// LoadLocation is the Location of a zone database name ("America/New_York");
// "" and "UTC" give UTC, "Local" gives Local. The database is read from
// $ZONEINFO, the system's zoneinfo directories, then Go's zoneinfo.zip.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if name[0] == '/' || name[0] == '\\' || climbs(name) {
		return nil, errInvalidName
	}
	zone, msg := loadZone(name)
	if msg != "" {
		return nil, errors.New(msg)
	}
	return &Location{name: name, zone: zone}, nil
}

// climbs reports whether name holds "..".
func climbs(name string) bool {
	for i := 1; i < len(name); i++ {
		if name[i-1] == '.' && name[i] == '.' {
			return true
		}
	}
	return false
}

func loadZone(name string) (zone int, msg string)

// LoadLocationFromTZData is the Location name described by data, the
// contents of a TZif file.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	zone, msg := zoneFromTZif(data)
	if msg != "" {
		return nil, errors.New(msg)
	}
	return &Location{name: name, zone: zone}, nil
}

func zoneFromTZif(data []byte) (zone int, msg string)

// ---- Sleeping, timers and tickers ----

// Sleep blocks the calling goroutine for at least d; other goroutines run
// meanwhile. A d of zero or less returns at once.
func Sleep(d Duration)

// A Timer delivers the time on C once it is due (NewTimer, After), or calls
// a function in its own goroutine (AfterFunc). As in Go 1.23, C has no
// buffer: after Stop or Reset returns, no value from before is received.
//
// A runtime goroutine (no id, not counted by runtime.NumGoroutine) runs an
// armed timer: it waits until due, then offers the value on c until a
// receiver, Stop or Reset takes it. The natives read `when` and `seq` as the
// struct's fields 1 and 2.
type Timer struct {
	C      <-chan Time
	when   int64 // monotonic reading it is due at; 0 once stopped or delivered
	seq    int64 // counts armings: a runner of an older one gives up
	period int64 // a ticker's interval (0 for a timer)
	c      chan Time
	f      func()
	made   bool // made by NewTimer, AfterFunc or NewTicker
}

// Texts of the timers' panics.
const (
	stopUnmade        = "time: Stop called on uninitialized Timer"
	resetUnmade       = "time: Reset called on uninitialized Timer"
	resetUnmadeTicker = "time: Reset called on uninitialized Ticker"
	badTickerPeriod   = "non-positive interval for NewTicker"
	badTickerReset    = "non-positive interval for Ticker.Reset"
)

// monoNow reads the monotonic clock (as Now's monotonic reading).
func monoNow() int64

// waitDue parks the runner of arming seq until t is due (true), or until
// t is stopped or armed again (false).
func waitDue(t *Timer, seq int64) bool

// wakeRunner has t's waiting runner look at t again.
func wakeRunner(t *Timer)

// startRunner runs run in a runtime goroutine.
func startRunner(run func())

// dueAt is the monotonic reading d from now (now when d <= 0, the largest
// one on overflow).
func dueAt(d Duration) int64 {
	now := monoNow()
	if d <= 0 {
		return now
	}
	if due := now + int64(d); due > now {
		return due
	}
	return 1<<63 - 1
}

// timeAtMono is the Time of the monotonic reading mono.
func timeAtMono(mono int64) Time {
	now := Now()
	if now.wall&monoFlag == 0 {
		return now
	}
	return now.Add(Duration(mono - now.ext))
}

// arm sets t to go off d from now, with a new runner.
func (t *Timer) arm(d Duration) {
	t.seq++
	t.when = dueAt(d)
	seq := t.seq
	startRunner(func() { t.run(seq) })
}

// run is the runner of arming seq: it fires t each time it is due, until
// t is stopped, re-armed or (a timer) delivered.
func (t *Timer) run(seq int64) {
	for waitDue(t, seq) {
		if t.f != nil {
			t.when = 0
			go t.f()
			return
		}
		t.c <- timeAtMono(t.when)
		if t.seq != seq {
			return
		}
		if t.period == 0 {
			t.when = 0
			return
		}
		// A slow receiver misses ticks: the next one is the first due
		// after now.
		late := monoNow() - t.when
		t.when += t.period * (1 + late/t.period)
	}
}

// disarm stops t; it reports whether t was pending: not yet due, or due
// with its value not yet received (that value is taken back).
func (t *Timer) disarm() bool {
	pending := t.when != 0
	t.when = 0
	t.seq++
	wakeRunner(t)
	if t.c != nil {
		select {
		case <-t.c:
			pending = true
		default:
		}
	}
	return pending
}

// NewTimer is a Timer that sends the time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time)
	t := &Timer{C: c, c: c, made: true}
	t.arm(d)
	return t
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after at least d; Stop cancels
// the call. The Timer's C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f, made: true}
	t.arm(d)
	return t
}

// Stop keeps t from firing; it reports whether it did so (false when t had
// already fired and its value was received, or its function started, or t
// was stopped). No value from before is received after Stop returns.
func (t *Timer) Stop() bool {
	if !t.made {
		panic(stopUnmade)
	}
	return t.disarm()
}

// Reset makes t fire d from now, as Stop would report whether it was
// pending; a value from before is never received afterwards.
func (t *Timer) Reset(d Duration) bool {
	if !t.made {
		panic(resetUnmade)
	}
	pending := t.disarm()
	t.arm(d)
	return pending
}

// A Ticker sends the time on C every period; a receiver too slow for it
// misses ticks rather than queueing them.
type Ticker struct {
	C     <-chan Time
	timer *Timer
}

// NewTicker is a Ticker of period d; it panics when d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(badTickerPeriod)
	}
	c := make(chan Time)
	t := &Timer{C: c, c: c, period: int64(d), made: true}
	t.arm(d)
	return &Ticker{C: c, timer: t}
}

// Tick is NewTicker(d).C for a program that never stops it; nil when d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// Stop stops the ticks; a tick not yet received is dropped.
func (k *Ticker) Stop() {
	if k.timer != nil {
		k.timer.disarm()
	}
}

// Reset restarts the ticks with period d from now; it panics when d <= 0.
func (k *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic(badTickerReset)
	}
	if k.timer == nil {
		panic(resetUnmadeTicker)
	}
	k.timer.disarm()
	k.timer.period = int64(d)
	k.timer.arm(d)
}

// Package time measures spans of time and pauses goroutines (minigo has no
// calendar, time zones or timers).
package time

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

// String writes d as hours, minutes and seconds, like "1h2m3.5s", or in
// ms, µs or ns below a second; zero is "0s".
func (d Duration) String() string

// Time is an instant, to the nanosecond.
//
// minigo's clock is virtual: a Time read from it (Now) carries only the
// clock's reading in ext, marked by the top bit of wall; the zero Time is
// January 1, year 1, 00:00:00 UTC, and the fields print as Go's do for it.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

// A Location names a time zone.
type Location struct {
	name string
}

// fromClock marks, in Time.wall, a Time read from the clock.
const fromClock uint64 = 1 << 63

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Sub returns how long after u the instant t is (negative if before),
// clamped to the largest (or smallest) Duration when it does not fit.
func (t Time) Sub(u Time) Duration {
	tClock, uClock := t.wall&fromClock != 0, u.wall&fromClock != 0
	switch {
	case tClock && uClock:
		return Duration(t.ext - u.ext)
	case tClock:
		// Any clock reading lies centuries after the zero Time.
		return maxDuration
	case uClock:
		return minDuration
	}
	return 0
}

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool {
	return t == Time{}
}

// String formats t as Go's Time.String does
// ("2006-01-02 15:04:05.999999999 -0700 MST"). minigo prints only the zero
// Time: a Time read from the virtual clock has no calendar date, so printing
// one stops the program with an unsupported-feature error.
func (t Time) String() string

// GoString formats t as Go syntax (fmt's %#v), under the same limit as String.
func (t Time) GoString() string

// Now returns the current instant.
func Now() Time

// Since returns how long ago t was: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Sleep blocks the calling goroutine for at least d; other goroutines run
// meanwhile. A d of zero or less returns at once.
func Sleep(d Duration)

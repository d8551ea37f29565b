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

// Time is an instant, to the nanosecond; only Sub and Since look inside it.
type Time struct {
	ns int64
}

// Sub returns how long after u the instant t is (negative if before).
func (t Time) Sub(u Time) Duration {
	return Duration(t.ns - u.ns)
}

// Now returns the current instant.
func Now() Time

// Since returns how long ago t was: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Sleep blocks the calling goroutine for at least d; other goroutines run
// meanwhile. A d of zero or less returns at once.
func Sleep(d Duration)

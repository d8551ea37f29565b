// Package time provides functionality for measuring and displaying time.
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	ns int64
}

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	return Duration(t.ns - u.ns)
}

// Now returns the current local time.
func Now() Time

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

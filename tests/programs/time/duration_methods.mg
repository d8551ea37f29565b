// Duration's methods (Hours, Minutes, Seconds, Milliseconds, Microseconds, Round, Truncate, Abs) at ordinary and extreme values, and ParseDuration with its errors
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 999, 1500 * time.Microsecond, -90 * time.Minute,
		time.Hour + 30*time.Minute + 15*time.Second + 500*time.Millisecond, math.MaxInt64, math.MinInt64}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
		for _, m := range []time.Duration{0, -1, 7, time.Millisecond, time.Second, time.Hour, 2 * time.Hour} {
			fmt.Print(" ", d.Round(m), "/", d.Truncate(m))
		}
		fmt.Println()
	}
	for _, s := range []string{"0", "-0", "+0", "1.5h", "-1.5h", "2h45m", "300ms", "1us", "1µs", "1μs", ".5s", "5.s",
		"9223372036854775807ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "0.3333333333333333333h", "3m4.5s7ns",
		"", "1", "1d", "s", "-", ".s", "1.2.3s", "9223372036854775808ns", "1h-1m", "1e3s", "1 s", "1\xffs"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
}

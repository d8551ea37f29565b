// Generates time.out: nanoseconds<TAB>Duration.String().
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 999999, 1000000, 1500000, 999999999, time.Second, 1500 * time.Millisecond,
		time.Minute, 90 * time.Second, time.Hour, 100*time.Hour + 2*time.Minute + 3*time.Second + 4, -1, -1500 * time.Millisecond, -time.Hour,
		math.MaxInt64, math.MinInt64, 2*time.Second + 10*time.Millisecond, 61 * time.Minute, 1001 * time.Microsecond} {
		fmt.Printf("%d\t%s\n", int64(d), d.String())
	}
}

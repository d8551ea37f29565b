// Generates random.out: Duration.String of random durations of every
// magnitude and sign, plus round values and the extremes: `ns<TAB>text`.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(19, 12))
	ds := []time.Duration{math.MaxInt64, math.MinInt64, math.MinInt64 + 1, time.Hour, time.Minute, time.Second, time.Millisecond, time.Microsecond, 1, -1, 999, 1000, 999999, 1000000, 999999999, 1000000000, 59999999999, 60000000000, 3599999999999, 3600000000000}
	for n := 0; n < 5000; n++ {
		d := time.Duration(r.Int64N(int64(math.Pow10(1 + r.IntN(18)))))
		switch r.IntN(4) {
		case 0:
			d -= d % time.Duration(math.Pow10(r.IntN(12)))
		case 1:
			d = -d
		}
		ds = append(ds, d)
	}
	for _, d := range ds {
		fmt.Printf("%d\t%s\n", int64(d), d)
	}
}

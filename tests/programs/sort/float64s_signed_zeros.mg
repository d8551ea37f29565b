// sort.Float64s on many NaNs and signed zeros: NaNs first, and -0 and 0 (equal keys) left in the order Go's unstable sort leaves them
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	seed := uint32(2024)
	next := func() int {
		seed = seed*1103515245 + 12345
		return int(seed >> 16)
	}
	negZero := 1 / math.Inf(-1)
	choices := []float64{negZero, 0, math.NaN(), 0.25, -3, math.Inf(1)}
	for _, n := range []int{12, 13, 70, 400} {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = choices[next()%len(choices)]
		}
		sort.Float64s(xs)
		fmt.Println(xs)
	}
}

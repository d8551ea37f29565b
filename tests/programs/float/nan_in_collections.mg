// NaN values in slices and arrays compare unequal, and sorting places them first
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	a := [2]float64{1, nan}
	b := a
	fmt.Println(a == b, a[0] == b[0])
	s := []float64{3, nan, -1, math.Inf(1), 0, math.Inf(-1)}
	sort.Float64s(s)
	fmt.Println(s)
	fmt.Println(min(1.0, nan), max(nan, 2.0), min(-0.0, 0.0))
}

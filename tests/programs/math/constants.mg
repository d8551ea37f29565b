// math constants and integer limits
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.20f\n", math.Pi)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxFloat64)
	var f32 float32 = math.Pi
	fmt.Println(f32)
	fmt.Println(math.IsInf(math.Inf(1), 0), math.IsInf(1e308, 0), math.IsNaN(math.NaN()), math.IsNaN(math.Inf(1)))
}

// arithmetic at the math integer limits wraps; float64 of MaxInt64 rounds up
package main

import (
	"fmt"
	"math"
)

func main() {
	a := math.MaxInt64
	b := math.MinInt64
	fmt.Println(a+1 == b, b-1 == a, -b == b)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println(i32 == math.MinInt32)
	f := float64(math.MaxInt64)
	fmt.Println(f, f == math.Pow(2, 63))
	fmt.Println(math.MaxInt == math.MaxInt64, math.MinInt == math.MinInt64)
	fmt.Println(math.Abs(float64(math.MinInt64)), math.Sqrt(float64(math.MaxInt32)))
}

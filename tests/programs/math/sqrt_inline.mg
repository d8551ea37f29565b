// math.Sqrt lowered to one instruction: NaN for negative arguments, -0 kept,
// infinities and NaN passed through, float32 round trips, and the function
// value still calls the native.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 2, 16, 1e-300, 1e308, -1, math.Inf(1), math.Inf(-1), math.NaN()} {
		r := math.Sqrt(x)
		fmt.Println(x, r, r == r, math.IsNaN(r))
	}
	negZero := -1 / math.Inf(1)
	fmt.Println(1 / math.Sqrt(negZero))
	f := math.Sqrt
	fmt.Println(f(81), math.IsNaN(f(-4)))
	a, b := 3.0, 4.0
	fmt.Println(math.Sqrt(a*a+b*b) * 2)
	var f32 float32 = 2
	fmt.Println(float32(math.Sqrt(float64(f32))))
	fmt.Printf("%.17g\n", math.Sqrt(math.Sqrt(math.Sqrt(1e10))))
}

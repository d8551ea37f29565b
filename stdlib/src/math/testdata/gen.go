// Generates math.out: `func<TAB>x bits<TAB>y bits<TAB>result bits`.
package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	vals := []float64{0, negz, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -2.5, 10, 0.1, 1e300, -1e300, 1e-310, math.Inf(1), math.Inf(-1), math.NaN(), 7.25, 1 << 53, 1.0000001, 0.9999999, 100.5, -0.75}
	for _, x := range vals {
		for _, y := range vals {
			b := math.Float64bits
			fmt.Printf("pow\t%x\t%x\t%x\n", b(x), b(y), b(math.Pow(x, y)))
			fmt.Printf("max\t%x\t%x\t%x\n", b(x), b(y), b(math.Max(x, y)))
			fmt.Printf("min\t%x\t%x\t%x\n", b(x), b(y), b(math.Min(x, y)))
			fmt.Printf("mod\t%x\t%x\t%x\n", b(x), b(y), b(math.Mod(x, y)))
		}
		b := math.Float64bits
		fmt.Printf("abs\t%x\t0\t%x\n", b(x), b(math.Abs(x)))
		fmt.Printf("sqrt\t%x\t0\t%x\n", b(x), b(math.Sqrt(x)))
		fmt.Printf("floor\t%x\t0\t%x\n", b(x), b(math.Floor(x)))
		fmt.Printf("ceil\t%x\t0\t%x\n", b(x), b(math.Ceil(x)))
		fmt.Printf("isinf\t%x\t0\t%v %v %v\n", b(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
	fmt.Printf("nan\t0\t0\t%x\n", math.Float64bits(math.NaN()))
}

// special cases of Pow, Sqrt, Mod, Floor and Ceil on zeros, infinities and NaN
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	z := 0.0
	nz := -z
	fmt.Println(math.Pow(nz, -1), math.Pow(z, -1), math.Pow(-1, inf), math.Pow(2, inf), math.Pow(0.5, inf), math.Pow(nan, 0))
	fmt.Println(math.Sqrt(nz), math.Sqrt(inf), math.Sqrt(nan))
	fmt.Println(math.Mod(inf, 1), math.Mod(1, inf), math.Mod(-5, 3), math.Mod(nz, 1))
	fmt.Println(math.Floor(nz), math.Ceil(-0.2), math.Floor(inf), math.Ceil(nan), math.Floor(1e300))
	fmt.Println(math.Abs(nz), math.Max(nz, z), math.Min(nz, z), math.Max(inf, nan))
}

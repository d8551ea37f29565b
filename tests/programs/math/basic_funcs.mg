// Abs, Ceil, Floor, Sqrt, Pow, Max, Min, Mod on ordinary and special values
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Abs(-3.5), math.Abs(2), math.Abs(math.Inf(-1)))
	fmt.Println(math.Ceil(1.2), math.Ceil(-1.2), math.Floor(1.8), math.Floor(-1.8), math.Ceil(-0.5))
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1), math.Sqrt(math.Inf(1)))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3), math.Pow(10, 308)*10)
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
}

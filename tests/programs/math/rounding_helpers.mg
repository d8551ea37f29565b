// rounding to n decimal places and integer rounding built from Floor, Ceil and Mod
package main

import (
	"fmt"
	"math"
)

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	if x < 0 {
		return -math.Floor(-x*p+0.5) / p
	}
	return math.Floor(x*p+0.5) / p
}

func main() {
	for _, v := range []float64{2.5, -2.5, 1.005, 3.14159, -0.0001, 1234.5678} {
		fmt.Println(v, round(v, 0), round(v, 2), math.Ceil(v), math.Floor(v), math.Mod(v, 1))
	}
}

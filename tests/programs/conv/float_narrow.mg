// float64 to float32 conversion rounds and may overflow to infinity
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1e40
	fmt.Println(float32(x), float64(float32(x)))
	y := 1.0000001
	fmt.Println(float32(y), float64(float32(y)))
	z := math.MaxFloat64
	fmt.Println(float32(z), float32(-z))
	t := 1e-50
	fmt.Println(float32(t))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32))
}

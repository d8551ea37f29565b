// typed float32 constants round once; untyped ones keep full precision until used
package main

import "fmt"

const f32 float32 = 0.1
const f64 float64 = 0.1
const exact = 0.1

func main() {
	fmt.Println(f32, f64, exact)
	fmt.Println(float64(f32) == f64, float32(exact) == f32)
	fmt.Println(f32*3, f64*3, exact*3)
	const shifted = 1 << 3.0
	fmt.Printf("%T %v\n", shifted, shifted)
	const big = 1e3
	var i int = big
	fmt.Println(i)
}

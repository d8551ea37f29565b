// integer to float conversion rounds to the nearest representable value
package main

import "fmt"

func main() {
	a := int64(1<<53 + 1)
	fmt.Println(float64(a), int64(float64(a)))
	b := int32(16777217)
	fmt.Println(float32(b), float64(b))
	c := uint64(1<<64 - 1)
	fmt.Println(float64(c))
	d := -3
	fmt.Println(float64(d)/2, float64(d/2))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float32(float64(f32)))
}

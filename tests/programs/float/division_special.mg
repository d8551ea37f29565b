// float division by zero and of infinities gives infinities or NaN without panicking
package main

import "fmt"

func main() {
	zero := 0.0
	vals := []float64{1, -1, 0}
	for _, v := range vals {
		fmt.Println(v/zero, v/-zero)
	}
	inf := 1 / zero
	fmt.Println(inf/inf, inf*zero, zero/inf, -zero/inf, 1/inf)
	var f32zero float32
	fmt.Println(float32(1)/f32zero)
}

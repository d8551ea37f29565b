// fmt %v of float64 uses the shortest representation and switches to exponent form
package main

import "fmt"

func main() {
	vals := []float64{0, 1, 1.5, 100, 1e20, 1e21, 123456789, 1e-4, 1e-5, 0.1 + 0.2, 2.0 / 3, -12.75, 1e100, 5e-324}
	for _, v := range vals {
		fmt.Println(v)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float32(1)/3, float32(16777216))
	fmt.Println([]float64{1, 2.5}, []float32{0.1, 3})
}

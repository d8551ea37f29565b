// float to integer conversion truncates toward zero
package main

import "fmt"

func main() {
	vals := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.99, -7.0001}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, int(f32))
	u := 3.99
	fmt.Println(uint8(u), uint(u))
}

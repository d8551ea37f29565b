// float32 arithmetic rounds every step to single precision
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var sum float32
	for i := 0; i < 10; i++ {
		sum += a
	}
	fmt.Println(sum, sum == 1)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	var b float32 = 1e38
	fmt.Println(b*10, b*b/b)
	fmt.Printf("%T %v\n", a*2, a*2)
	fmt.Printf("%.10f\n", a)
}

// float32 values print with the shortest float32 representation everywhere
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 1.0 / 3
	var c float32 = 16777217
	fmt.Println(a, b, c, a+b)
	fmt.Printf("%v %g %.3f %e\n", b, b, b, b)
	fmt.Println(fmt.Sprint(a), []float32{a, b}, float64(a))
	fmt.Printf("%T %T\n", a, a*2)
	fmt.Printf("%#v %#v\n", a, float32(2))
}

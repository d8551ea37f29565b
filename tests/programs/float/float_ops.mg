// float arithmetic rounding, division and comparisons
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*b, b/a, b-a)
	fmt.Println(1.0/3.0*3.0 == 1.0)
	x := 1e16
	fmt.Println(x+1 == x, x+2)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)
	c := 7.5
	c /= 2
	c *= 3
	c -= 0.25
	fmt.Println(c)
	fmt.Println(-c, +c, c > 10, c <= 11)
	d := 10.0
	d++
	fmt.Println(d)
}

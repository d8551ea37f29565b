// untyped constant arithmetic is exact and only rounded when given a type
package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Third)
	fmt.Println(IntDiv, FloatDiv)
	var f32 float32 = Third
	fmt.Println(f32)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println('a' + 1, 'a'*2.0)
	x := 'a' + 1
	fmt.Printf("%T %v\n", x, x)
	y := 1 + 2.0
	fmt.Printf("%T %v\n", y, y)
}

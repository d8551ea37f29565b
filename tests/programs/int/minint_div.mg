// MinInt64 / -1 wraps to MinInt64 and MinInt64 % -1 is 0 without panicking
package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	m := int64(-1)
	fmt.Println(x/m, x%m)
	var y int8 = -128
	var n int8 = -1
	fmt.Println(y/n, y%n, -y)
	var z int32 = math.MinInt32
	fmt.Println(z/int32(n), -z)
	w := math.MinInt
	fmt.Println(w*-1 == w)
}

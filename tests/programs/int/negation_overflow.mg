// negating the minimum value of a signed type yields itself
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = -128
	var b int16 = -32768
	var c int32 = math.MinInt32
	var d int64 = math.MinInt64
	fmt.Println(-a, -b, -c, -d)
	fmt.Println(a-1, b-1, c-1, d-1)
	e := math.MaxInt64
	e += 1
	fmt.Println(e)
	f := math.MaxInt32
	fmt.Println(int32(f)+1 < 0)
}

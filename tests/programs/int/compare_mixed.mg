// integer comparisons including negative and unsigned edge values
package main

import "fmt"

func main() {
	var a int32 = -1
	var b uint32 = 4294967295
	fmt.Println(uint32(a) == b, a < 0, b > 0)
	x, y := -5, 3
	fmt.Println(x < y, x > y, x <= -5, y >= 4, x != y, x == -5)
	var m uint64 = 1 << 63
	fmt.Println(m > 1<<62, int64(m) < 0)
	fmt.Println(min(3, -2, 7), max(3, -2, 7))
}

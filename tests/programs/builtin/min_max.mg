// min and max builtins over ints, floats and strings, including NaN and -0
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -5))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"), min("", "a"))
	x, y := 7, 9
	fmt.Println(min(x, y), max(x, y, 8))
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1), min(math.Inf(-1), 0))
	zero := 0.0
	fmt.Println(min(zero, -zero), max(-zero, zero))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = max(1, 2.5)
	fmt.Println(c)
}

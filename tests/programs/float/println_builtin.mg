// builtin println writes floats, ints, bools and strings to stderr in Go's format
package main

import "math"

func main() {
	println(1.5, 3.0, 1e21, 0.1)
	println(math.Inf(1), math.Inf(-1), math.NaN())
	println(-7, uint8(200), true, false, "text")
	var f32 float32 = 0.1
	println(f32)
	print("no", "spaces", 1, 2, "\n")
	println()
	println(123456789.0, 1e-7)
}

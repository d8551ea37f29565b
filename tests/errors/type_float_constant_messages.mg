// Float constant messages as go/types prints them: %.6g values, and
// float → integer is (truncated) even when an integral value overflows.
package main

func main() {
	var a int8 = 1000.5
	var b float32 = 1e39
	var c int = 1e100
	var d int = 2.5
	var e int = 1.23456789
	var f uint8 = 256.0
	var g int = 0.0000001234567
	var h int32 = 123456789012.0
	const k float32 = 1e38
	var m = k * 5
	var n int = 1e21 + 0.5
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, m, n
}

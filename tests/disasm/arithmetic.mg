// typed instruction selection: int, narrow int (wrapped), float, float32, string concatenation
package main

func main() {
	a, b := 7, 3
	var c int8 = 100
	c += 100
	x, y := 1.5, 2.0
	var f float32 = 0.1
	f *= 3
	s := "go" + "pher"
	s += "!"
	println(a*b+a/b-a%b, a<<2, c, x*y, f, s)
}

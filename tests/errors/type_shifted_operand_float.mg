// checks: a non-constant shift of an untyped constant takes the float context's type
package main

func main() {
	n := 3
	var f float64 = 1 << n
	println(f)
}

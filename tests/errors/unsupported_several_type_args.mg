// checks: instantiation with several type arguments
package main

func main() {
	x := Pair[int, string]{}
	_ = x
}

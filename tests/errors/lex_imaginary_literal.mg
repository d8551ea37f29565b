// checks: imaginary literals are outside the subset
package main

func main() {
	x := 2i
	_ = x
}

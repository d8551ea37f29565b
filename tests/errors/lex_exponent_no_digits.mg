// checks: an exponent without digits
package main

func main() {
	x := 1e
	_ = x
}

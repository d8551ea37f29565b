// checks: the digit 2 in a binary literal
package main

func main() {
	x := 0b2
	_ = x
}

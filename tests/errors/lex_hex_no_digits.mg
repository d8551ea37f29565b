// checks: 0x with no digits
package main

func main() {
	x := 0x
	_ = x
}

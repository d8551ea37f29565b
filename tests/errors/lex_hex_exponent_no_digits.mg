// checks: 0x1p with no exponent digits
package main

func main() {
	x := 0x1p
	_ = x
}

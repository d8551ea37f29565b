// checks: a p exponent on a decimal mantissa
package main

func main() {
	x := 1p5
	_ = x
}

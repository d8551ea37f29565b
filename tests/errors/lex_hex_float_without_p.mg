// checks: a hexadecimal float needs a p exponent
package main

func main() {
	x := 0x1.5
	_ = x
}

// bitwise and, or, xor, and-not and unary complement on signed and unsigned ints
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^a, ^0, ^-1)
	var u uint8 = 0x0f
	fmt.Println(^u, u&^0x05)
	var u32 uint32 = 0
	fmt.Println(^u32)
	x := -6
	fmt.Println(x&3, x|1, x^x, x&^x)
	fmt.Printf("%x %X\n", ^uint16(0x1234), uint16(0xabcd))
}

// Integer operations and comparisons with a constant right (or left) operand,
// on every width: constants beyond 16 bits, constant shift counts (including
// counts >= the width), subtraction of constants, narrow wrapping and
// unsigned comparisons.
package main

import "fmt"

const big = 0x12345678
const huge = 1 << 40

func ints(x int) {
	fmt.Println(x+big, x-big, x*big, x&big, x|big, x^big, x+huge, x-huge, x*huge)
	fmt.Println(x<<3, x>>3, x<<63, x<<64, x<<200, x>>63, x>>64, x>>200)
	fmt.Println(x < big, x <= big, x > big, x >= big, x == big, x != big)
	fmt.Println(big < x, big <= x, big > x, big >= x, big == x, big != x)
	fmt.Println(x-(-9223372036854775807-1), x*-1000000, x&^0xFFFF0000)
	y := x
	y += 70000
	y *= 100003
	y &= 0xFFFFFF
	y |= 0x1000000
	y ^= 0x2ABCDEF
	y <<= 5
	y >>= 2
	fmt.Println(y)
}

func narrow(a int8, b uint8, c int16, d uint16, e int32, f uint32, g uint64, h uint) {
	fmt.Println(a+100, a-100, a*77, a<<4, a>>1, a^-128)
	fmt.Println(b+200, b-201, b*99, b<<4, b>>1, b|0x80)
	fmt.Println(c+30000, c-30000, c*1000, c<<9, c>>15, c&0x7FFF)
	fmt.Println(d+60000, d-60000, d*1000, d<<9, d>>15, d&0x8001)
	fmt.Println(e+2000000000, e-2000000000, e*100000, e<<20, e>>31, e|0x40000000)
	fmt.Println(f+4000000000, f-4000000000, f*100000, f<<20, f>>31, f^0xFFFFFFFF)
	fmt.Println(g+18000000000000000000, g-1, g*100000, g<<60, g>>63, g&0x8000000000000000, g > 1<<63, g < 18000000000000000000)
	fmt.Println(h+18000000000000000000, h>>1, h<<1, h>>64, h == 18446744073709551615)
	fmt.Println(a < 100, b > 200, c <= -30000, d >= 60000, e == 2000000000, f != 4000000000)
}

func main() {
	for _, x := range []int{0, 1, -1, 305419896, 305419897, -305419896, 9223372036854775807, -9223372036854775808} {
		ints(x)
	}
	narrow(-128, 255, -32768, 65535, -2147483648, 4294967295, 18446744073709551615, 18446744073709551615)
	narrow(127, 0, 32767, 0, 2147483647, 0, 0, 0)
	narrow(-3, 7, 12345, 54321, 1234567890, 3000000000, 9223372036854775808, 9223372036854775809)
	n := 0
	for i := 0; i < 100000; i++ {
		if i > 99990 || i == 50000 {
			n += i
		}
		if i >= 70000 && i <= 70002 {
			n ^= i
		}
	}
	fmt.Println(n)
}

// math/bits: Add, Sub and Mul of every width with carries and borrows in and out, chained into multi-word arithmetic, and carries other than 0 or 1
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	const max64 = 1<<64 - 1
	for _, c := range [][3]uint64{{0, 0, 0}, {1, 2, 1}, {max64, 1, 0}, {max64, 0, 1}, {max64, max64, 1}, {1 << 63, 1 << 63, 0}, {5, 9, 1}} {
		s, co := bits.Add64(c[0], c[1], c[2])
		d, bo := bits.Sub64(c[0], c[1], c[2])
		s32, co32 := bits.Add32(uint32(c[0]), uint32(c[1]), uint32(c[2]))
		d32, bo32 := bits.Sub32(uint32(c[0]), uint32(c[1]), uint32(c[2]))
		su, cu := bits.Add(uint(c[0]), uint(c[1]), uint(c[2]))
		du, bu := bits.Sub(uint(c[0]), uint(c[1]), uint(c[2]))
		fmt.Println(c, "|", s, co, d, bo, "|", s32, co32, d32, bo32, "|", su, cu, du, bu)
	}
	// Carries outside 0..1 are undefined in the doc; on amd64 a direct call
	// of the 64-bit forms counts any nonzero carry as 1, the 32-bit forms add it.
	fmt.Println(bits.Add64(1, 2, 7))
	fmt.Println(bits.Add32(0xffffffff, 0xffffffff, 9))
	fmt.Println(bits.Sub64(1, 2, 7))
	fmt.Println(bits.Sub32(1, 2, 7))
	fmt.Println(bits.Add(1<<63, 1<<63, 6))
	fmt.Println(bits.Sub(1, 2, 7))
	for _, c := range [][2]uint64{{0, 9}, {3, 4}, {max64, max64}, {1 << 32, 1 << 32}, {0xdead_beef, 0x1234_5678_9abc}, {max64, 2}} {
		hi, lo := bits.Mul64(c[0], c[1])
		h32, l32 := bits.Mul32(uint32(c[0]), uint32(c[1]))
		hu, lu := bits.Mul(uint(c[0]), uint(c[1]))
		fmt.Printf("%#x*%#x = %#x:%#x | %#x:%#x | %#x:%#x\n", c[0], c[1], hi, lo, h32, l32, hu, lu)
	}
	// 128-bit a+b and a-b with two words each.
	aHi, aLo := uint64(1), uint64(max64)
	bHi, bLo := uint64(2), uint64(3)
	lo, carry := bits.Add64(aLo, bLo, 0)
	hi, _ := bits.Add64(aHi, bHi, carry)
	fmt.Println("sum", hi, lo)
	lo, borrow := bits.Sub64(bLo, aLo, 0)
	hi, borrow = bits.Sub64(bHi, aHi, borrow)
	fmt.Println("diff", hi, lo, borrow)
}

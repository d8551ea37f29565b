// math/bits: LeadingZeros, TrailingZeros, OnesCount and Len of every width on zero, one, all-ones, powers of two and mixed patterns
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("UintSize", bits.UintSize)
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xf0f0, 0xffff, 0x10000, 0x80000000, 0xffffffff, 0x1_0000_0000, 0x8000_0000_0000_0000, 0xffff_ffff_ffff_ffff, 0x0123_4567_89ab_cdef} {
		fmt.Printf("%#x\n", x)
		fmt.Println("  8:", bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)))
		fmt.Println(" 16:", bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)))
		fmt.Println(" 32:", bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)))
		fmt.Println(" 64:", bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x))
		fmt.Println("  u:", bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)))
	}
	var b byte = 0b1011_0000
	fmt.Println(bits.OnesCount8(b), bits.Len8(b), bits.TrailingZeros8(b))
	var p uintptr = 4096
	fmt.Println(bits.TrailingZeros(uint(p)), bits.Len(uint(p)))
}

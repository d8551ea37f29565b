// math/bits: RotateLeft of every width with k positive, negative, zero and beyond the width; Reverse and ReverseBytes of every width
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, k := range []int{0, 1, 3, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, -1, -3, -8, -9, -64, -65, 1000, -1000} {
		fmt.Printf("k=%d: %#02x %#04x %#08x %#016x %#x\n", k,
			bits.RotateLeft8(0x81, k), bits.RotateLeft16(0x8001, k), bits.RotateLeft32(0x80000001, k),
			bits.RotateLeft64(0x8000000000000001, k), bits.RotateLeft(0xf, k))
	}
	x := uint32(0x12345678)
	fmt.Println(bits.RotateLeft32(bits.RotateLeft32(x, 11), -11) == x)
	for _, v := range []uint64{0, 1, 0x80, 0x0102_0304_0506_0708, 0xf000_0000_0000_000f, 0xffff_ffff_ffff_ffff} {
		fmt.Printf("%#x: %#x %#x %#x %#x %#x\n", v, bits.Reverse8(uint8(v)), bits.Reverse16(uint16(v)), bits.Reverse32(uint32(v)), bits.Reverse64(v), bits.Reverse(uint(v)))
		fmt.Printf("  bytes: %#x %#x %#x %#x\n", bits.ReverseBytes16(uint16(v)), bits.ReverseBytes32(uint32(v)), bits.ReverseBytes64(v), bits.ReverseBytes(uint(v)))
	}
	fmt.Printf("%T %T %T %T %T\n", bits.Reverse8(1), bits.Reverse16(1), bits.RotateLeft32(1, 1), bits.ReverseBytes64(1), bits.Reverse(1))
}

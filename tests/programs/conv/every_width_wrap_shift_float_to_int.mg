// Conversions between every numeric type, wrap-around of every width, shifts.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []int64{0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 1<<31 - 1, 1 << 31, -1 << 31, 1<<32 - 1, 1 << 32, math.MaxInt64, math.MinInt64}
	for _, v := range vals {
		fmt.Println(v, int8(v), int16(v), int32(v), uint8(v), uint16(v), uint32(v), uint64(v), uint(v), uintptr(v), float32(v), float64(v))
	}
	var a8 int8 = 127
	a8++
	var u8 uint8 = 0
	u8--
	var a16 int16 = -32768
	a16 = -a16
	var a32 int32 = math.MaxInt32
	a32 *= 2
	var u32 uint32 = 1 << 31
	u32 <<= 1
	var a64 int64 = math.MinInt64
	a64 /= -1
	var r64 = math.MinInt64 % -1
	fmt.Println(a8, u8, a16, a32, u32, a64, r64)
	x := 1
	for s := uint(0); s < 70; s += 7 {
		fmt.Print(x<<s, " ", int32(x)<<s, " ", int8(-1)>>s, " ", uint8(200)>>s, " ", -100>>s, "|")
	}
	fmt.Println()
	var n int64 = -7
	fmt.Println(n/2, n%2, n>>1, uint64(n)>>60, ^n, n&^3, -n&3)
	fs := []float64{0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e10, -1e10, 255.9, 256.1, 3e9, -3e9}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)), uint8(int64(f)), float32(f), uint32(int64(f)))
	}
	f32 := float32(16777217)
	fmt.Println(f32, float64(f32), float32(0.1), float64(float32(0.1)), float32(1)/3)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxUint16, uint64(math.MaxUint64), math.MaxInt16)
	var b byte = 'a'
	r := rune(b) + 1
	fmt.Println(string(r), string(rune(0x10FFFF+1)) == "\uFFFD", r, b+200, int(b)+200)
	fmt.Printf("%d %x %o %b %X %#x %#o %08b\n", -255, -255, -255, -5, uint16(65535), 255, 8, 5)
	fmt.Printf("%v %d %v\n", uint64(1<<63), int8(-128), []uint8{1, 2})
	const big = 1 << 62
	fmt.Println(uint64(big)*3+(uint64(big)-1), big/3)
	var sh uint = 64
	fmt.Println(1<<sh, uint64(1)<<sh, int64(-1)>>sh, int32(1)<<30)
}

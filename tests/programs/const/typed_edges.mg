// typed constants at the exact edges of each integer type
package main

import (
	"fmt"
	"math"
)

const (
	MaxI8  int8   = 127
	MinI8  int8   = -128
	MaxU8  uint8  = 255
	MaxI16 int16  = 32767
	MinI16 int16  = -32768
	MaxU16 uint16 = 65535
	MaxI32 int32  = math.MaxInt32
	MinI32 int32  = math.MinInt32
	MaxU32 uint32 = 1<<32 - 1
	MaxI64 int64  = math.MaxInt64
	MinI64 int64  = math.MinInt64
	MaxU64 uint64 = 1<<64 - 1
)

func main() {
	fmt.Println(MaxI8, MinI8, MaxU8)
	fmt.Println(MaxI16, MinI16, MaxU16)
	fmt.Println(MaxI32, MinI32, MaxU32)
	fmt.Println(MaxI64, MinI64, MaxU64)
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Printf("%x %X\n", MaxU64, MaxI64)
}

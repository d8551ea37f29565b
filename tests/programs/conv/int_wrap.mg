// integer conversions truncate to the target width and reinterpret the sign
package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	z := int64(1<<40 + 5)
	fmt.Println(int32(z), uint32(z), int8(z))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int8(u8)+1)
	var i8 int8 = -100
	fmt.Println(uint8(i8), uint64(i8), int64(i8))
	big := uint64(1<<63 + 7)
	fmt.Println(int64(big), int(big))
}

// shifts: counts at and beyond the width, signed right shift, unsigned counts
package main

import "fmt"

func main() {
	var x int8 = -128
	fmt.Println(x>>1, x>>7, x>>8, x>>100)
	var u uint8 = 0x81
	fmt.Println(u<<1, u>>1, u<<8, u>>8)
	one := 1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65} {
		fmt.Println(s, one<<s, uint32(1)<<s, int64(-1)>>s)
	}
	var sh int = 3
	fmt.Println(5<<sh, -20>>sh)
	var i64 int64 = -9
	fmt.Println(i64 >> 1, i64 / 2)
}

// sign, zero-padding and alternate flags combined on signed and unsigned values
package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 255} {
		fmt.Printf("[%+5d][%-+5d][% 05d][%#6x][%#-6o][%08b]\n", v, v, v, v, v, v)
	}
	var u uint16 = 65535
	fmt.Printf("%d %x %X %o %b %#v\n", u, u, u, u, u, u)
	fmt.Printf("%x %X\n", int8(-128), int64(-1))
	fmt.Printf("[%5.0d][%.0d]\n", 0, 0)
	fmt.Printf("%c|%q|%U\n", 65, 0x1F600, 'a')
}

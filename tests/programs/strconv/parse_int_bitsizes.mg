// ParseInt bit sizes 0, 16 and 32 clamp to their range and report range errors
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, bits := range []int{0, 16, 32, 64} {
		for _, s := range []string{"32767", "32768", "-2147483649", "9223372036854775807"} {
			n, err := strconv.ParseInt(s, 10, bits)
			fmt.Println(bits, s, n, err != nil)
		}
	}
	n, err := strconv.ParseInt("-0", 10, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("+0x_1F", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(n, err)
}

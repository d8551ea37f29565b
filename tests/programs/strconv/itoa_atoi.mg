// Itoa and Atoi round trips and Atoi's error messages
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-45), strconv.Itoa(1<<62))
	for _, s := range []string{"42", "-7", "+8", "007", "", "12a", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
}

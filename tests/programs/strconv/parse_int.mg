// ParseInt with bases and bit sizes, including base prefixes and range errors
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8},
		{"z", 36, 64}, {"9", 8, 64}, {"", 10, 64}, {"99999999999999999999", 10, 64}, {"7fffffff", 16, 32},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("%q base %d bits %d -> %d, %v\n", c.s, c.base, c.bits, n, err)
	}
}

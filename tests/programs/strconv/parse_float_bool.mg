// ParseFloat and ParseBool accept Go's spellings and report syntax and range errors
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0", "1e10", ".5", "inf", "-Inf", "NaN", "1e400", "abc", "", "0x1p-2", "1_0.5", "  1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q -> %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes", "True", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q -> %v, %v\n", s, b, err)
	}
}

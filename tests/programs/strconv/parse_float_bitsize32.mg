// ParseFloat with bitSize 32 rounds to float32 and reports float32 overflow as a range error
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.4e38", "3.5e38", "1e-46", "16777217", "0.1", "-1e39"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, float32(f), err)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(2e-7, 'g', 3, 64))
	fmt.Println(strconv.FormatFloat(123456, 'e', -1, 64), strconv.FormatFloat(-0.0, 'f', -1, 64), strconv.FormatFloat(1e23, 'f', -1, 64))
}

// Replace with n of 0, 1, more than matches, and empty old strings at rune boundaries
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a-b-c-d"
	for _, n := range []int{0, 1, 2, 10, -1} {
		fmt.Println(n, strings.Replace(s, "-", "+", n))
	}
	fmt.Println(strings.Replace("héé", "", "|", -1))
	fmt.Println(strings.Replace("aaaa", "aa", "b", -1))
	fmt.Println(strings.ReplaceAll("", "", "x"))
}

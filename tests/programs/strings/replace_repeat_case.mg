// Replace with counts, ReplaceAll, Repeat, ToUpper, ToLower, EqualFold
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.ReplaceAll("abc", "", "."))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.ToUpper("héllo wörld 123"), strings.ToLower("ÀB C"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("é", "É"))
}

// utf8.DecodeRuneInString walks a string; ValidString rejects bad encodings
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé\xff世\xe4\xb8"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%q %d %v\n", r, size, r == '\uFFFD')
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	for _, v := range []string{"ok", "héllo", "\xff", "\xed\xa0\x80", "\xc0\xaf", ""} {
		fmt.Print(utf8.ValidString(v), " ")
	}
	fmt.Println()
}

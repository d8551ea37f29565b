// counting and reversing by runes matches range semantics
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界!"
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, utf8.RuneCountInString(s), reverse(s))
	fmt.Println(utf8.RuneLen('界'), len("界"))
}

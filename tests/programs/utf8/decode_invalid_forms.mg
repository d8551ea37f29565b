// DecodeRuneInString returns U+FFFD with size 1 for surrogates, overlong and truncated sequences
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"\xed\xa0\x80", "\xc0\x80", "\xe0\x80\xaf", "\xf4\x90\x80\x80", "\xe4\xb8", "\x80", "\xf0\x9f\x98\x80", "\u00e9"}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("% x -> %U %d valid=%v count=%d\n", s, r, size, utf8.ValidString(s), utf8.RuneCountInString(s))
	}
}

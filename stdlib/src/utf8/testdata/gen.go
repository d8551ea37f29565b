// Generates utf8.out: for each input (hex), Go's DecodeRuneInString, DecodeLastRuneInString,
// RuneCountInString and ValidString. Run: go-oracle gen.go (stdout section).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "€", "😀", "\xff", "\xc0\x80", "\xc2", "\xe2\x82", "\xe2\x82\xac", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "\xf0\x9f\x98", "\xf0\x9f\x98\x80x", "a\xffb", "\x80", "\xef\xbf\xbd", "\xf4\x8f\xbf\xbf", "\xe0\x80\xaf", "\xf8\x88\x80\x80\x80", "héllo, 世界"}
	for _, s := range inputs {
		r, w := utf8.DecodeRuneInString(s)
		lr, lw := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%x\t%d\t%d\t%d\t%d\t%d\t%v\n", s, r, w, lr, lw, utf8.RuneCountInString(s), utf8.ValidString(s))
	}
	for _, r := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000} {
		fmt.Printf("len\t%d\t%d\t%x\n", r, utf8.RuneLen(r), string(r))
	}
}

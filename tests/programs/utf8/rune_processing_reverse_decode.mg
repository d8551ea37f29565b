// String processing with runes and utf8.
package main

import (
	"fmt"
	"strings"
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
	words := []string{"héllo", "日本語", "a\xffb", "", "🎉x", "\u00e9\u0301", "tab\there"}
	for _, w := range words {
		fmt.Printf("%q len=%d runes=%d valid=%v rev=%q\n", w, len(w), utf8.RuneCountInString(w), utf8.ValidString(w), reverse(w))
		for i, r := range w {
			fmt.Printf(" %d:%c(%U,%d)", i, r, r, utf8.RuneLen(r))
		}
		fmt.Println()
		for i := 0; i < len(w); {
			r, size := utf8.DecodeRuneInString(w[i:])
			fmt.Printf(" [%d %q %d]", i, r, size)
			i += size
		}
		fmt.Println()
		fmt.Printf("%x % x %X %+q %#q\n", w, w, []byte(w), w, w)
	}
	fmt.Println(utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.RuneLen(0x10FFFF), string(rune(-1)), []byte(string(rune(0xD800))))
	s := "The quick brown fox jumps over the lazy dog"
	counts := map[rune]int{}
	for _, r := range strings.ToLower(s) {
		if r != ' ' {
			counts[r]++
		}
	}
	fmt.Println(len(counts), counts['o'], counts)
	fmt.Println(strings.Fields("  a  b\tc\n d "), strings.Split("a,b,,c", ","), strings.SplitN("a,b,c,d", ",", 2), len(strings.Split("", ",")))
}

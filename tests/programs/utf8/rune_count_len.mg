// utf8.RuneCountInString and RuneLen count runes and encoded sizes
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "abc", "héllo", "世界", "😀!", "a\xffb"} {
		fmt.Println(len(s), utf8.RuneCountInString(s))
	}
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x10FFFF, 0x110000} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
}

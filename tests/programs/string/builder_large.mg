// building a large string with strings.Builder and with += yields identical results
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	s := ""
	for i := 0; i < 3000; i++ {
		piece := fmt.Sprint(i%10, ",")
		b.WriteString(piece)
		s += piece
	}
	out := b.String()
	fmt.Println(len(out), len(s), out == s)
	fmt.Println(strings.Count(out, "7,"), out[len(out)-6:])
	words := strings.Split(strings.Repeat("ab cd ", 10000), " ")
	fmt.Println(len(words), words[len(words)-2])
}

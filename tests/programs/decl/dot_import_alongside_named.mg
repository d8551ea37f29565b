// checks: one package imported both with a dot and by name, dot names in package-level initializers (before their use in source order), shadowed in inner scopes, and as function values and types
package main

import (
	"fmt"
	. "sort"
	"strings"
	. "strings"
	u "unicode/utf8"
	. "unicode/utf8"
)

var sorted = sortedCopy(words)

var words = Fields("pear apple fig")

func sortedCopy(ws []string) []string {
	out := append([]string(nil), ws...)
	Strings(out)
	return out
}

func main() {
	fmt.Println(sorted, words)
	fmt.Println(strings.ToUpper("a") == ToUpper("a"), RuneCountInString("héllo"), u.RuneLen('é'))
	upper := ToUpper
	fmt.Println(upper("fn value"), ValidString("ok"))
	{
		ToUpper := func(s string) string { return "[" + s + "]" }
		fmt.Println(ToUpper("inner"))
	}
	fmt.Println(ToUpper("outer"))
	xs := []int{3, 1, 2}
	Ints(xs)
	fmt.Println(xs, SearchInts(xs, 2))
	var b *Builder = new(Builder)
	b.WriteString("abc")
	fmt.Println(b.Len(), b)
}

// strings.Compare: byte-wise order of equal, prefix, empty, case and non-ASCII pairs, and use as a sort key
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	pairs := [][2]string{
		{"", ""}, {"", "a"}, {"a", ""}, {"abc", "abc"}, {"ab", "abc"},
		{"abd", "abc"}, {"B", "a"}, {"é", "z"}, {"\xff", "\u00ff"}, {"a\x00", "a"},
	}
	for _, p := range pairs {
		fmt.Printf("Compare(%q, %q) = %d\n", p[0], p[1], strings.Compare(p[0], p[1]))
	}
	words := []string{"pear", "Apple", "fig", "apple", "", "figs"}
	sort.Slice(words, func(i, j int) bool { return strings.Compare(words[i], words[j]) < 0 })
	fmt.Printf("%q\n", words)
	f := strings.Compare
	fmt.Println(f("x", "y"), f("y", "x"))
}

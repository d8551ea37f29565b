// string comparison is bytewise, so UTF-8 order equals code point order
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"zebra", "Émile", "apple", "Zoo", "éclair", "日本", "a", ""}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println("é" > "z", "Z" < "a", "ab" > "a", "\xff" > "日")
}

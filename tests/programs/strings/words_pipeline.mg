// combining strings functions to normalize and count words
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "  The quick brown fox. The LAZY dog; the end!  "
	clean := strings.ToLower(strings.TrimSpace(text))
	for _, p := range []string{".", ";", "!"} {
		clean = strings.ReplaceAll(clean, p, "")
	}
	words := strings.Fields(clean)
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}
	fmt.Println(strings.Join(words, "_"))
}

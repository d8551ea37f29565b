// a panic in sort.Slice's less function propagates to the caller
package main

import (
	"fmt"
	"sort"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := []int{3, 1, 2}
	calls := 0
	sort.Slice(s, func(i, j int) bool {
		calls++
		if calls == 2 {
			panic(fmt.Sprintf("less called %d times", calls))
		}
		return s[i] < s[j]
	})
	fmt.Println("not reached", s)
}

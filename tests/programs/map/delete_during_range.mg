// deleting entries during range is safe; deleted entries are not visited later
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys)
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(len(m), seen)
}

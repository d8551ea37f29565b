// sort.Search and sort.SearchInts find insertion points by binary search
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 5, 8, 13}
	for _, x := range []int{0, 3, 4, 13, 20} {
		fmt.Println(x, sort.SearchInts(a, x))
	}
	i := sort.Search(len(a), func(i int) bool { return a[i] >= 6 })
	fmt.Println(i, a[i])
	calls := 0
	j := sort.Search(1000, func(i int) bool { calls++; return i*i >= 500 })
	fmt.Println(j, calls)
	fmt.Println(sort.Search(0, func(int) bool { return true }))
}

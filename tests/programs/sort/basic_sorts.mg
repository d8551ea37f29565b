// sort.Ints, sort.Strings and sort.Float64s sort in place
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, -2, 9, 0, 5, 3, -2}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "Apple", "apple", "", "banana", "ápple"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 0, 3.25, -0.5}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(ints)
}

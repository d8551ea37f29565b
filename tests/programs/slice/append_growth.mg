// append grows capacity by Go's growth rule; len and cap after each append
package main

import "fmt"

// The slices are stored in package variables so that Go allocates their backing
// arrays on the heap: a non-escaping slice may start in a 32-byte stack buffer.
var (
	ints    []int
	bytes   []byte
	strs    []string
)

func main() {
	prev := -1
	for i := 0; i < 1100; i++ {
		ints = append(ints, i)
		if cap(ints) != prev {
			fmt.Println(len(ints), cap(ints))
			prev = cap(ints)
		}
	}
	bytes = []byte{}
	for i := 0; i < 40; i++ {
		bytes = append(bytes, 'x')
		fmt.Print(cap(bytes), " ")
	}
	fmt.Println()
	strs = append([]string(nil), "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
}

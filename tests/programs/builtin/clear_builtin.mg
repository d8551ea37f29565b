// clear on maps removes entries and on slices zeroes elements
package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1}, "b": {2}}
	s := []string{"x", "y"}
	p := []*int{new(int)}
	clear(m)
	clear(s)
	clear(p)
	fmt.Println(len(m), m, len(s), s, p[0] == nil)
	fmt.Printf("%q\n", s)
}

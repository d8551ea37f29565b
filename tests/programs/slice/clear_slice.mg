// clear zeroes the elements of a slice but keeps its length
package main

import "fmt"

type T struct {
	a int
	s string
}

func main() {
	s := []int{1, 2, 3}
	alias := s[1:]
	clear(s)
	fmt.Println(s, alias, len(s))
	ts := []T{{1, "x"}, {2, "y"}}
	clear(ts[1:])
	fmt.Println(ts)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
}

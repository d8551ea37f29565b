// ++ and -- on variables, fields, slice elements and map entries
package main

import "fmt"

type C struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	s := []int{1, 2, 3}
	s[1]++
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	c := C{}
	c.n++
	p := &c
	p.n++
	arr := [2]uint8{255, 0}
	arr[0]++
	arr[1]--
	fmt.Println(i, s, m, c, arr)
}

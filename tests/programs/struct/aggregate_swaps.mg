// swapping structs and arrays through slices, pointers and globals copies values, never shares them
package main

import (
	"fmt"
	"sort"
)

type P struct {
	n   string
	xy  [2]int
	sub struct{ k int }
}

var g [2]P

func main() {
	s := []P{{"a", [2]int{1, 2}, struct{ k int }{1}}, {"b", [2]int{3, 4}, struct{ k int }{2}}}
	s[0], s[1] = s[1], s[0]
	fmt.Println(s)
	a, b := [2]int{1, 2}, [2]int{3, 4}
	a, b = b, a
	fmt.Println(a, b)
	pa := &a
	*pa, b = b, *pa
	fmt.Println(a, b)
	g[0], g[1] = s[0], s[1]
	g[0], g[1] = g[1], g[0]
	fmt.Println(g)
	s[0].xy, s[1].xy = s[1].xy, s[0].xy
	fmt.Println(s)
	sort.Slice(s, func(i, j int) bool { return s[i].n < s[j].n })
	fmt.Println(s)
	m := [][2]int{{1, 2}, {3, 4}, {5, 6}}
	m[0], m[1], m[2] = m[2], m[0], m[1]
	fmt.Println(m)
	x := P{n: "x"}
	x.xy, x.sub.k = [2]int{x.sub.k, 9}, x.xy[0]
	fmt.Println(x)
	arr := [3][2]int{{1, 1}, {2, 2}, {3, 3}}
	for i := range arr {
		arr[i], arr[len(arr)-1-i] = arr[len(arr)-1-i], arr[i]
	}
	fmt.Println(arr)
}

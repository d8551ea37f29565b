// range with assigned (not declared) iteration variables: index operands on the left are evaluated before the key is stored, as in k, v = key, value
package main

import "fmt"

type P struct{ a, b int }

func main() {
	arr := make([]int, 4)
	var i int
	for i, arr[i] = range []int{5, 6, 7} {
	}
	fmt.Println(i, arr)

	m := map[string]int{}
	var k string
	for k, m[k] = range map[string]int{"x": 1} {
	}
	fmt.Println(k, m)

	var j int
	grid := [3][3]rune{}
	for j, grid[j][j] = range "abc" {
	}
	fmt.Println(j, grid)

	ps := []*P{{}, {}, {}}
	var n int
	for n, ps[n].a = range [3]int{10, 20, 30} {
	}
	fmt.Println(n, *ps[0], *ps[1], *ps[2])

	var idx int
	out := make([]int, 3)
	for idx, out[idx] = range out {
		out[idx] = idx + 1
	}
	fmt.Println(idx, out)

	q := 0
	for m["count"] = range 4 {
		q++
	}
	fmt.Println(m["count"], q)
	if arr[0] != 6 || arr[1] != 7 {
		panic("fail")
	}
}

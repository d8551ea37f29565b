// Value semantics and aliasing: arrays copied by range and assignment, append
// aliasing, map of slices, struct copies, named results changed by defer.
package main

import (
	"fmt"
	"strings"
)

type Inner struct{ vals [3]int }
type Outer struct {
	in  Inner
	ptr *Inner
	sl  []int
}

func modify(o Outer) {
	o.in.vals[0] = 100
	o.ptr.vals[0] = 100
	o.sl[0] = 100
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 20
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	b := arr
	b[0] = 99
	fmt.Println(arr, b)
	a := make([]int, 3, 10)
	x := append(a, 1)
	y := append(a, 2)
	fmt.Println(x, y, len(a), cap(x))
	z := append(a[:3:3], 3)
	z[0] = 7
	fmt.Println(a, z)
	m := map[string][]int{}
	m["k"] = append(m["k"], 1, 2)
	s := m["k"]
	s[0] = 50
	fmt.Println(m)
	in := Inner{[3]int{1, 2, 3}}
	o := Outer{in, &in, []int{1}}
	modify(o)
	fmt.Println(o.in.vals, o.ptr.vals, in.vals, o.sl)
	structs := []Inner{{}, {}}
	for _, st := range structs {
		st.vals[0] = 5
	}
	for i := range structs {
		structs[i].vals[1] = 6
	}
	fmt.Println(structs)
	pm := map[string]*Inner{"p": {}}
	pm["p"].vals[2] = 9
	fmt.Println(*pm["p"])
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(counter())
	grid := [2][2]string{}
	row := grid[0]
	row[0] = "x"
	grid[1][1] = "y"
	fmt.Printf("%q %q\n", grid, row)
	parts := strings.Split("a-b-c", "-")
	joined := strings.Join(append(parts[:1], parts[2:]...), "+")
	fmt.Println(joined, parts)
	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS), copy(make([]int, 2), []int{1, 2, 3}))
	bs := []byte("hello")
	n := copy(bs[1:], "EYY")
	fmt.Println(string(bs), n)
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	p0 := &ps[0]
	ps = append(ps, pair{5, 6})
	p0.a = 100
	fmt.Println(ps[0].a == 100, len(ps))
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, 3)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix, min(3, 1, 2), max(2.5, 1), min("b", "a"))
	clear(m)
	clear(sl)
	fmt.Println(m, arr, len(m))
}

// Closures over loop variables, method values, labels, fallthrough, struct/array keys.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }
type Grid [2][2]int

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, v := range []int{10, 20} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	c := Counter{1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	pc := &c
	g2 := pc.Get
	pc.Inc()
	fmt.Println(g2(), pc.Get())
	f := (*Counter).Inc
	f(&c)
	fmt.Println(Counter.Get(c))
	var s Shape = Rect{2, 3}
	area := s.Area
	s = Rect{10, 10}
	fmt.Println(area(), s.Area())
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	for n := 0; n < 6; n++ {
		switch {
		case n == 0:
			fmt.Print("zero ")
			fallthrough
		case n < 2:
			fmt.Print("small ")
		case n == 4:
			fmt.Print("four ")
			fallthrough
		default:
			fmt.Print("big ")
		}
	}
	fmt.Println()
	seen := map[Point]int{}
	for _, p := range []Point{{1, 2}, {2, 1}, {1, 2}, {0, 0}} {
		seen[p]++
	}
	fmt.Println(seen, seen[Point{1, 2}], Point{1, 2} == Point{1, 2})
	grids := map[Grid]string{{{1, 0}, {0, 1}}: "identity"}
	grids[Grid{}] = "zero"
	var gkey Grid
	gkey[0][0], gkey[1][1] = 1, 1
	fmt.Println(grids[gkey], len(grids), grids)
	type key struct {
		name string
		arr  [2]bool
	}
	km := map[key]int{{"a", [2]bool{true, false}}: 1}
	km[key{"a", [2]bool{true, false}}] += 5
	fmt.Println(km)
	var ia, ib any = Point{1, 2}, Point{1, 2}
	fmt.Println(ia == ib, ia != any(Point{2, 1}))
	words := strings.Fields("b a c a b a")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
	e1 := errors.New("base")
	e2 := fmt.Errorf("mid: %w", e1)
	e3 := fmt.Errorf("top: %w", e2)
	fmt.Println(e3, errors.Unwrap(e3) == e2, errors.Is(e3, e1), errors.Unwrap(e1) == nil)
	j := errors.Join(e1, nil, errors.New("other"))
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, e1))
	fmt.Printf("%v %+v %#v %T\n", c, c, Point{1, 2}, grids)
	x := 5
	p := &x
	pp := &p
	**pp = 7
	fmt.Println(x, *p == 7)
	for i := range 3 {
		defer func() { fmt.Print(i) }()
	}
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, fmt.Sprintf("%q", arr))
}

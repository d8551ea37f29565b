// Value-receiver methods called through interfaces get their own copy of the
// receiver: whatever the method does to it (assign fields, take addresses,
// capture it in a closure, call pointer methods on it, return it, defer with
// it) never changes the value boxed in the interface, and methods that only
// read their receiver see the boxed value.
package main

import "fmt"

type Shape interface {
	Area() int
	Grow() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func (r Rect) Grow() int {
	r.w++
	r.h *= 2
	return r.Area()
}

type Cell struct{ v int }

func (c Cell) Area() int { return c.v }

func (c Cell) Grow() int {
	p := &c.v
	*p += 10
	f := func() { c.v += 100 }
	f()
	return c.v
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Area() int { return c.n }

func (c Counter) Grow() int {
	c.Inc()
	c.Inc()
	return c.n
}

type Self struct{ a, b int }

func (s Self) Area() int { return s.a + s.b }

func (s Self) Grow() int {
	t := s.Me()
	t.a = 99
	defer func() { s.b = -1 }()
	return t.a + s.a
}

func (s Self) Me() Self { return s }

type Outer struct {
	in  Rect
	tag string
}

func (o Outer) Area() int { return o.in.Area() }

func (o Outer) Grow() int {
	o.in.w = 1000
	return o.in.w
}

type Pair [2]int

func (p Pair) Area() int { return p[0] * p[1] }

func (p Pair) Grow() int {
	p[0]++
	return p[0]
}

func main() {
	shapes := []Shape{Rect{2, 3}, Cell{5}, Counter{7}, Self{1, 2}, Outer{Rect{4, 5}, "x"}, Pair{6, 7}}
	for round := 0; round < 3; round++ {
		for _, s := range shapes {
			fmt.Println(s.Area(), s.Grow(), s.Area())
		}
	}
	for _, s := range shapes {
		fmt.Printf("%v %+v\n", s, s)
	}
	var s Shape = Rect{1, 1}
	r := s.(Rect)
	r.w = 50
	fmt.Println(s.Area(), r.Area(), s)
	g := s.Grow
	fmt.Println(g(), g(), s.Area())
}

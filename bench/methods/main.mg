// methods: dynamic dispatch through interfaces (value and pointer receivers)
// and direct method calls — measures CallIface and method lookup.
package main

import "fmt"

type Op interface {
	Apply(x int) int
}

type Adder struct{ n int }

func (a Adder) Apply(x int) int { return x + a.n }

type Multiplier struct{ n int }

func (m *Multiplier) Apply(x int) int { return x * m.n & 0xFFFFF }

type Xorer struct {
	mask  int
	calls int
}

func (x *Xorer) Apply(v int) int {
	x.calls++
	return v ^ x.mask
}

type Point struct{ x, y int }

func (p Point) Dot(q Point) int { return p.x*q.x + p.y*q.y }

func main() {
	xr := &Xorer{mask: 0x5A5A}
	ops := []Op{Adder{3}, &Multiplier{5}, xr, Adder{7}}
	x := 1
	for i := 0; i < 1500000; i++ {
		x = ops[i&3].Apply(x)
	}
	p := Point{3, 4}
	total := 0
	for i := 0; i < 500000; i++ {
		total = (total + p.Dot(Point{i, -i})) & 0xFFFFFF
	}
	fmt.Println(x, xr.calls, total)
}

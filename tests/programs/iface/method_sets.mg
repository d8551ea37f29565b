// method sets: *T has T's and *T's methods; an interface with pointer methods needs *T
package main

import "fmt"

type Resetter interface{ Reset() }
type Getter interface{ Get() int }

type C struct{ n int }

func (c C) Get() int { return c.n }
func (c *C) Reset()  { c.n = 0 }

func main() {
	c := C{5}
	var g Getter = c
	var gp Getter = &c
	var r Resetter = &c
	r.Reset()
	fmt.Println(g.Get(), gp.Get(), c.n)
	_, ok := g.(Resetter)
	_, okp := gp.(Resetter)
	fmt.Println(ok, okp)
	var x any = c
	_, isGetter := x.(Getter)
	_, isResetter := x.(Resetter)
	fmt.Println(isGetter, isResetter)
}

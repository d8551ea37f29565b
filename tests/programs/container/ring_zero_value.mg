// container/ring: a zero Ring is a ring of one element (Next, Prev, Move, Link on it) and prints as Go prints it; a nil *Ring panics on Move
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	var z ring.Ring
	fmt.Printf("%v %+v\n", z, z)
	fmt.Println(z.Len())
	var y ring.Ring
	fmt.Println(y.Move(3) == &y, y.Next() == &y)
	var x ring.Ring
	fmt.Println(x.Prev() == &x, x.Len())
	var w ring.Ring
	w.Value = "w"
	back := w.Link(ring.New(2))
	fmt.Println(back == &w, w.Len())
	w.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	solo := &ring.Ring{Value: 1}
	fmt.Println(solo.Unlink(1) == solo, solo.Len())
	var n *ring.Ring
	fmt.Println(n.Len())
	n.Do(func(any) { fmt.Println("never") })
	defer func() {
		r := recover()
		fmt.Printf("%v (%T)\n", r, r)
	}()
	n.Move(1)
}

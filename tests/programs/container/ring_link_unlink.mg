// container/ring: Link joining two rings and cutting one ring, Link of nil and of itself, Unlink with n 0, negative, and past the length
package main

import (
	"container/ring"
	"fmt"
)

func ofLetters(s string) *ring.Ring {
	r := ring.New(len(s))
	for i := 0; i < len(s); i++ {
		r.Value = string(s[i])
		r = r.Next()
	}
	return r
}

func show(what string, r *ring.Ring) {
	fmt.Print(what, " (", r.Len(), "):")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ofLetters("abc")
	s := ofLetters("XYZ")
	after := r.Link(s)
	show("joined", r)
	show("old successor", after)
	cut := r.Link(r.Move(3))
	show("after cut", r)
	show("cut out", cut)
	show("link nil", r.Link(nil))
	show("ring", r)
	show("link itself", r.Link(r))
	show("ring", r)
	t := ofLetters("abcdef")
	fmt.Println(t.Unlink(0) == nil, t.Unlink(-2) == nil)
	show("unlink 2", t.Unlink(2))
	show("left", t)
	show("unlink 3 of 4", t.Unlink(3))
	show("left", t)
	u := ofLetters("pqr")
	show("unlink 4 of 3", u.Unlink(4))
	show("left", u)
	v := ofLetters("pqr")
	show("unlink 3 of 3", v.Unlink(3))
	show("left", v)
	w := ofLetters("pq")
	show("unlink 2 of 2", w.Unlink(2))
	show("left", w)
}

// append growth over many sizes: every capacity change up to 3000 elements for pointerless and pointerful elements of 1 to 600 bytes, and bulk appends
package main

import "fmt"

type B3 [3]byte
type W12 struct{ A, B, C int32 }
type P24 struct {
	S string
	N int64
}
type Big520 struct {
	P *int
	D [64]int64
}
type Big600 [75]int64
type Ptr600 struct {
	D [74]int64
	P *int
}

// Package variables keep the backing arrays on the heap (see append_growth.mg).
var (
	b   []byte
	b3  []B3
	w   []W12
	p   []P24
	s   []string
	big []Big520
	nop []Big600
	ptr []Ptr600
)

func report(name string, caps []int) {
	fmt.Println(name, len(caps), caps)
}

func main() {
	var cb, cb3, cw, cp, cs, cbig, cnop, cptr []int
	last := [8]int{-1, -1, -1, -1, -1, -1, -1, -1}
	note := func(i int, c int, list *[]int) {
		if c != last[i] {
			last[i] = c
			*list = append(*list, c)
		}
	}
	for i := 0; i < 3000; i++ {
		b = append(b, 1)
		note(0, cap(b), &cb)
		b3 = append(b3, B3{})
		note(1, cap(b3), &cb3)
		w = append(w, W12{})
		note(2, cap(w), &cw)
		p = append(p, P24{})
		note(3, cap(p), &cp)
		s = append(s, "")
		note(4, cap(s), &cs)
		if i < 400 {
			big = append(big, Big520{})
			note(5, cap(big), &cbig)
			nop = append(nop, Big600{})
			note(6, cap(nop), &cnop)
			ptr = append(ptr, Ptr600{})
			note(7, cap(ptr), &cptr)
		}
	}
	report("byte", cb)
	report("[3]byte", cb3)
	report("W12", cw)
	report("P24", cp)
	report("string", cs)
	report("Big520", cbig)
	report("Big600", cnop)
	report("Ptr600", cptr)

	// Appending many at once jumps straight to the needed length when it is
	// over twice the old capacity.
	for _, n := range []int{1, 5, 17, 100, 257, 1000, 5000, 70000} {
		var bytes []byte
		var strs []string
		bytes = append(bytes, make([]byte, 3)...)
		strs = append(strs, make([]string, 3)...)
		bytes = append(bytes, make([]byte, n)...)
		strs = append(strs, make([]string, n)...)
		fmt.Println(n, cap(bytes), cap(strs))
	}
}

// builtins on nil and zero-size operands: len/cap/copy/append/delete/clear of nil values, slicing nil pointers to arrays, zero-size element slices
package main

import "fmt"

type E struct{}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %T %v\n", label, r, r)
		}
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var c chan int
	var str string
	var ps *[0]int
	var pe *[3]E
	fmt.Println(len(s), cap(s), len(m), len(c), cap(c), len(str), len(ps), cap(pe))
	fmt.Println(copy(s, []int{1}), copy([]int{1}, s), copy(s, s), copy([]byte(nil), "abc"))
	s = append(s)
	fmt.Println(s == nil, len(s))
	s = append([]int(nil), []int{}...)
	var bs []byte
	bs = append(bs, ""...)
	fmt.Println(s == nil, bs == nil)
	delete(m, "x")
	clear(m)
	clear(s)
	var es []E
	es = append(es, E{}, E{})
	es2 := make([]E, 5, 10)
	fmt.Println(len(es), cap(es), es, len(es2), cap(es2), copy(es2, es))
	var ea [0]int
	fmt.Println(len(ea), cap(ea), ea, len([0]E{}), *new([0]int), *new(E), len(*new([2]E)))
	try("nil slice slicing", func() { fmt.Println(len(s[0:0]), s[:0] == nil) })
	try("nil *[0]int slicing", func() { fmt.Println(len(ps[:])) })
	try("nil *[3]int slicing", func() { var p3 *[3]int; fmt.Println(len(p3[1:2])) })
	try("nil *[3]E slicing", func() { fmt.Println(len(pe[:0:0])) })
	try("nil map read", func() { v, ok := m["q"]; fmt.Println(v, ok) })
	try("close nil chan", func() { close(c) })
	try("nil map write", func() { m["a"] = 1 })
	try("index nil slice", func() { _ = s[0] })
	try("index nil array pointer", func() { var p3 *[3]int; fmt.Println(p3[1]) })
	try("zero-size channel", func() {
		ch := make(chan E, 1)
		ch <- E{}
		close(ch)
		v, ok := <-ch
		w, ok2 := <-ch
		fmt.Println(v, ok, w, ok2)
	})
}

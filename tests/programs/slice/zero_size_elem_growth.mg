// append, make, copy, clear and slicing of zero-size element types: growslice gives cap == len for zero-size elements
package main

import "fmt"

type E struct{}

var es []E
var ea [][0]int

func main() {
	for i := 0; i < 6; i++ {
		es = append(es, E{})
		fmt.Print(len(es), cap(es), " ")
	}
	fmt.Println()
	es = append(es, make([]E, 10)...)
	fmt.Println(len(es), cap(es))
	es = append(es[:2], E{})
	fmt.Println(len(es), cap(es))
	for i := 0; i < 3; i++ {
		ea = append(ea, [0]int{})
		fmt.Print(len(ea), cap(ea), " ")
	}
	fmt.Println()
	m := map[E]int{}
	m[E{}]++
	m[E{}]++
	fmt.Println(m, len(m))
	ch := make(chan E, 3)
	ch <- E{}
	fmt.Println(len(ch), cap(ch), copy(es, make([]E, 100)))
	var arr [5]E
	s := arr[1:3:4]
	fmt.Println(len(s), cap(s))
	clear(arr[:])
	fmt.Println(arr, s)
	if cap(es) != 16 {
		panic("fail")
	}
}

// closures stored in struct fields keep their own captured state
package main

import "fmt"

type Gen struct {
	Next  func() int
	Reset func()
}

func newGen(step int) Gen {
	cur := 0
	return Gen{
		Next:  func() int { cur += step; return cur },
		Reset: func() { cur = 0 },
	}
}

func main() {
	a, b := newGen(1), newGen(10)
	fmt.Println(a.Next(), a.Next(), b.Next(), a.Next(), b.Next())
	a.Reset()
	fmt.Println(a.Next(), b.Next())
	gens := []Gen{a, b}
	for _, g := range gens {
		fmt.Print(g.Next(), " ")
	}
	fmt.Println()
}

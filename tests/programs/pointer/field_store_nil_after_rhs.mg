// p.f = v through a nil pointer: the right-hand side runs first, the nil dereference panics at the store; p.f += v and p.f++ likewise; through a valid pointer the field changes in place
package main

import "fmt"

type T struct{ a, f int }

func g(tag string) int {
	fmt.Println("g called", tag)
	return 1
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	fn()
}

func main() {
	var p *T
	try("assign", func() { p.f = g("assign") })
	try("op-assign", func() { p.f += g("op-assign") })
	try("inc", func() { p.f++ })
	q := &T{a: 1, f: 2}
	q.f = g("valid") + q.a
	q.f += 10
	q.f++
	fmt.Println(q.a, q.f, *q)
	p.f = g("crash")
}

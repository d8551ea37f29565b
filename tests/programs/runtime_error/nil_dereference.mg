// nil pointer dereference in its forms: *p, p.f, nil array pointer index, nil func call
package main

import "fmt"

type T struct{ f int }

func (t T) Val() int { return t.f }

type I interface{ Val() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T | %v\n", name, r, r)
	}()
	f()
}

func main() {
	var p *int
	var t *T
	var pa *[3]int
	var fn func()
	var i I
	try("*p", func() { _ = *p })
	try("p.f", func() { _ = t.f })
	try("store", func() { t.f = 1 })
	try("pa[i]", func() { _ = pa[1] })
	try("call", func() { fn() })
	try("iface method", func() { i.Val() })
	try("value method via nil ptr", func() { t.Val() })
	fmt.Println(len(pa))
}

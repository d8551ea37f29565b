// deferring promoted methods through a nil embedded pointer: a value method panics at the defer statement, a pointer method runs; receivers copied when deferred
package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Show()   { fmt.Println("Show", i.n) }
func (i *Inner) Ptr()   { fmt.Println("Ptr", i == nil) }

type Outer struct{ *Inner }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var o Outer
	try("promoted value method via nil embedded pointer", func() {
		defer fmt.Println("earlier defer still runs")
		defer o.Show()
		fmt.Println("not reached")
	})
	try("promoted pointer method via nil embedded pointer", func() {
		defer o.Ptr()
		panic("p")
	})
	try("method value of promoted method", func() {
		f := o.Ptr
		defer f()
		g := o.Show
		defer g()
	})
	xs := []Inner{{1}, {2}}
	try("receiver evaluated at defer", func() {
		defer xs[0].Show()
		p := &xs[1]
		defer p.Show()
		defer p.Ptr()
		xs[0].n, xs[1].n = 10, 20
		panic("after changes")
	})
}

// deferring methods on nil receivers inside deferred calls: a nil interface or value method panics at the defer statement, a pointer method runs
package main

import "fmt"

type T struct{ v int }

func (t T) Value()    { fmt.Println("Value", t.v) }
func (t *T) Pointer() { fmt.Println("Pointer with nil receiver:", t == nil) }

type I interface{ Value() }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var p *T
	var i I
	try("nil pointer, pointer method", func() {
		defer func() {
			defer p.Pointer()
			panic("after deferring Pointer")
		}()
	})
	try("nil pointer, value method", func() {
		defer func() {
			defer fmt.Println("registered before the failing defer")
			defer p.Value()
			fmt.Println("not reached")
		}()
	})
	try("nil interface", func() {
		defer func() {
			defer i.Value()
			fmt.Println("not reached")
		}()
		panic("outer panic")
	})
	try("method value of nil interface", func() {
		f := func() {}
		defer func() {
			defer f()
			f = i.Value
		}()
	})
}

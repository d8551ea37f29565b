// promoted methods that must load through a nil embedded pointer panic with a nil dereference, at call or at bind time; pointer methods do not
package main

import "fmt"

type T struct{ x int }

func (t T) Get() int { return t.x }
func (t *T) Ptr() string {
	if t == nil {
		return "nil T"
	}
	return "T"
}

type E struct{ *T }
type E2 struct{ E }
type Outer struct{ *E2 }
type I interface{ Get() int }
type P interface{ Ptr() string }

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
	fmt.Println(label, "done")
}

func main() {
	var e E
	var e2 E2
	try("E.Ptr", func() { fmt.Println(e.Ptr(), E.Ptr(e), (*E).Ptr(&e)) })
	try("E.Get", func() { fmt.Println(E.Get(e)) })
	try("E method value Get", func() {
		f := e.Get
		fmt.Println("bound", f())
	})
	try("E2 as P", func() {
		var i P = e2
		g := e2.Ptr
		fmt.Println(i.Ptr(), e2.Ptr(), E2.Ptr(e2), (*E2).Ptr(&e2), g())
	})
	try("E2 as I", func() {
		var i I = e2
		fmt.Println("assigned")
		fmt.Println(i.Get())
	})
	try("Outer with nil *E2", func() {
		var o Outer
		var i P = o
		fmt.Println("assigned")
		fmt.Println(i.Ptr())
	})
	try("deferred", func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer E2.Ptr(e2)
		defer fmt.Println(e2.Ptr())
		defer e2.Get()
		fmt.Println("not reached")
	})
}

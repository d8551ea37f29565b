// `defer recover()` registered by a deferred call recovers whatever form that call has: closure, named func, methods, loops, many defers
package main

import "fmt"

type T struct{ name string }

func (t T) Val()  { defer recover(); fmt.Println("in", t.name) }
func (t *T) Ptr() { defer recover(); fmt.Println("in", t.name) }

type I interface{ Val() }

func named(args ...int) { defer recover(); fmt.Println("in named func, args", args) }

func try(label string, f func()) {
	defer func() { fmt.Printf("%s: caller sees %v\n", label, recover()) }()
	f()
	fmt.Printf("%s: returned normally\n", label)
}

func main() {
	try("closure", func() { defer func() { defer recover() }(); panic("p1") })
	try("named variadic", func() { defer named(1, 2); panic("p2") })
	try("value method", func() { defer T{"value method"}.Val(); panic("p3") })
	try("pointer method", func() { defer (&T{"pointer method"}).Ptr(); panic("p4") })
	try("method value", func() { m := T{"method value"}.Val; defer m(); panic("p5") })
	try("interface method", func() { var i I = T{"interface method"}; defer i.Val(); panic("p6") })
	try("method expression", func() { defer T.Val(T{"method expression"}); panic("p7") })
	try("in a loop", func() {
		defer func() {
			for i := 0; i < 3; i++ {
				defer recover()
			}
		}()
		panic("p8")
	})
	try("after nine defers", func() {
		defer func() {
			defer recover()
			for i := 0; i < 9; i++ {
				defer fmt.Print(i, " ")
			}
		}()
		panic("p9")
	})
	fmt.Println()
	try("one call deeper", func() { defer func() { named(3) }(); panic("p10") })
	try("in the panicking function", func() { defer recover(); panic("p11") })
}

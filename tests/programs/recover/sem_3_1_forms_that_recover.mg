// recover works in every deferred call form called directly by the panic machinery
// from: /work/shared/SEMANTICS.md §3.1
package main

import "fmt"

type T struct{ name string }
func (t T) Rec()   { fmt.Println(t.name, recover()) }
func (t *T) PRec() { fmt.Println(t.name, recover()) }
type S struct{ T }
type I interface{ Rec() }
func rec(args ...int) { fmt.Println("named func, variadic", args, recover()) }
func makeRec() func() { return func() { fmt.Println("returned closure", recover()) } }
func main() {
	func() { defer rec(1, 2); panic("a") }()
	func() { defer T{"value method"}.Rec(); panic("b") }()
	func() { defer (&T{"pointer method"}).PRec(); panic("c") }()
	func() { var i I = T{"interface method"}; defer i.Rec(); panic("d") }()
	func() { m := T{"method value"}.Rec; defer m(); panic("e") }()
	func() { defer T.Rec(T{"method expression"}); panic("f") }()
	func() { defer S{T{"promoted method"}}.Rec(); panic("g") }()
	func() { defer makeRec()(); panic("h") }()
	fmt.Println("all recovered")
}

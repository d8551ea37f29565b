// defer evaluates the function value, receiver and arguments at once; calls run LIFO
// from: /work/shared/SEMANTICS.md §1.1
package main

import "fmt"

type T struct{ n int }
func (t T) Val()  { fmt.Println("value receiver", t.n) }
func (t *T) Ptr() { fmt.Println("pointer receiver", t.n) }
func main() {
	x, t := 1, T{1}
	f := func() { fmt.Println("first f") }
	defer f()
	defer fmt.Println("arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	defer t.Val()
	defer t.Ptr()
	f = func() { fmt.Println("second f") }
	x, t.n = 2, 2
}

// deferring a nil func is accepted; the nil dereference panics when the call runs
// from: /work/shared/SEMANTICS.md §1.2
package main

import "fmt"

func main() {
	defer fmt.Println("registered first, runs last")
	var f func()
	defer f()
	fmt.Println("after defer f()")
}

// SEMANTICS.md §3.2b: `defer recover()` in a deferred call recovers as that call returns; one call deeper it does not
package main

import "fmt"

func main() {
	defer func() { fmt.Println("main sees:", recover()) }()
	func() {
		defer func() {
			defer recover() // runs when this deferred call returns: recovers "a"
		}()
		panic("a")
	}()
	fmt.Println("continues after a")
	func() {
		defer func() {
			func() { defer recover() }() // one call too deep: recovers nothing
		}()
		panic("b")
	}()
}

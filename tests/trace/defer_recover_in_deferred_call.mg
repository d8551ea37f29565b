// `defer recover()` runs as the deferred call that registered it returns: recovers there, one call deeper it does not
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

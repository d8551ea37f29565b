// recovering one panic and panicking again in the same deferred call prints both, the first marked [recovered]
// from: src/runtime/testdata/testprog/crash.go RecursivePanic4 (re-expressed)
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		panic("second panic")
	}()
	panic("first panic")
}

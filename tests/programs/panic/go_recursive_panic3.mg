// a second panic recovered inside the deferred call leaves the first panic running to a crash
// from: src/runtime/testdata/testprog/crash.go RecursivePanic3 (re-expressed)
package main

import "fmt"

func main() {
	defer func() {
		defer func() {
			fmt.Println("recovered inside the deferred call:", recover())
		}()
		panic("second panic")
	}()
	panic("first panic")
}

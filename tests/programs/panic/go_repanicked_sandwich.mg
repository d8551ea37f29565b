// re-raising a value recovered earlier with another panic in between is not merged
// from: src/runtime/testdata/testprog/crash.go RepanickedPanicSandwich (re-expressed)
package main

import "fmt"

func main() {
	var saved any
	defer func() {
		fmt.Println("recovered:", recover())
		panic(saved)
	}()
	func() {
		defer func() {
			saved = recover()
			panic("inner")
		}()
		panic("outer")
	}()
}

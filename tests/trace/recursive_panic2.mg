// a recover and a later panic in separate deferred calls run in LIFO order
// from: src/runtime/testdata/testprog/crash.go RecursivePanic2 (re-expressed)
package main

import "fmt"

func main() {
	func() {
		defer func() {
			fmt.Println("outer:", recover())
		}()
		func() {
			defer func() {
				panic("second panic")
			}()
			defer func() {
				fmt.Println("inner:", recover())
			}()
			panic("first panic")
		}()
	}()
	panic("third panic")
}

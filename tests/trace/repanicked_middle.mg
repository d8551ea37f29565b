// only the middle panic is re-raised with its own value; the outer one differs
// from: src/runtime/testdata/testprog/crash.go RepanickedMiddlePanic (re-expressed)
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outermost recovers:", recover())
		panic("outer")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("middle re-raises:", r)
			panic(r)
		}()
		func() {
			defer func() {
				fmt.Println("innermost recovers:", recover())
				panic("middle")
			}()
			panic("inner")
		}()
	}()
}

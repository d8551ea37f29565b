// a panic during Goexit recovered by a nested deferred call lets Goexit finish
// from: src/runtime/testdata/testprog/deadlock.go RecoveredPanicAfterGoexit (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		defer func() {
			r := recover()
			if r == nil {
				panic("bad recover")
			}
			fmt.Println("nested defer recovered:", r)
		}()
		panic("hello")
	}()
	runtime.Goexit()
}

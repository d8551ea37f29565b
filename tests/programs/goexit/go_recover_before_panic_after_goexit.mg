// a deferred call recovers a panic raised by a later deferred call during Goexit; Goexit resumes
// from: src/runtime/testdata/testprog/deadlock.go RecoverBeforePanicAfterGoexit (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		if r == nil {
			panic("bad recover")
		}
		fmt.Println("recovered:", r)
	}()
	defer func() {
		panic("hello")
	}()
	runtime.Goexit()
}

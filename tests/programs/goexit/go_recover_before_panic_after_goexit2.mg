// like RecoverBeforePanicAfterGoexit with extra empty deferred calls registered in a loop first
// from: src/runtime/testdata/testprog/deadlock.go RecoverBeforePanicAfterGoexit2 (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	for i := 0; i < 2; i++ {
		defer func() {
			fmt.Println("empty-ish defer", i)
		}()
	}
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

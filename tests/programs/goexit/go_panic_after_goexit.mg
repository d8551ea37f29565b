// a panic from a deferred call run by Goexit in main crashes the program
// from: src/runtime/testdata/testprog/deadlock.go PanicAfterGoexit (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("bottom defer still runs")
	defer func() {
		panic("hello after Goexit")
	}()
	runtime.Goexit()
}

// a goroutine whose deferred call Goexits during a panic ends quietly; then main's Goexit deadlocks
// from: src/runtime/testdata/testprog/deadlock.go GoexitInPanic (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		defer func() {
			fmt.Println("deferred Goexit abandons the panic")
			runtime.Goexit()
		}()
		panic("hello")
	}()
	runtime.Goexit()
}

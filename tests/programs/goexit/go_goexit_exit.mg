// Goexit in main after GC while a short-lived goroutine runs ends in the no-goroutines fatal error
// from: src/runtime/testdata/testprog/deadlock.go GoexitExit (re-expressed)
package main

import (
	"runtime"
	"time"
)

func main() {
	println("t1")
	go func() {
		time.Sleep(time.Millisecond)
	}()
	println("t2")
	runtime.GC()
	println("t3")
	runtime.Goexit()
}

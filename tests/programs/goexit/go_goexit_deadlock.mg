// main calling Goexit after starting goroutines that finish ends in the no-goroutines fatal error
// from: src/runtime/testdata/testprog/deadlock.go GoexitDeadlock (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	work := func() {
		sum := 0
		for i := 0; i < 10; i++ {
			sum += i
		}
		_ = sum
	}
	go work()
	go work()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}

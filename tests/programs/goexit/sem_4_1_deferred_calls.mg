// Goexit runs all deferred calls; a recovered panic during Goexit lets it continue, an unrecovered one crashes
// from: /work/shared/SEMANTICS.md §4.1
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("bottom defer: recover =", recover()) }()
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("panic in a Goexit defer")
		func() { defer fmt.Println("inner defer"); runtime.Goexit() }()
		fmt.Println("not reached")
	}()
	<-done
	go func() {
		defer fmt.Println("second goroutine's bottom defer")
		defer panic("unrecovered panic during Goexit")
		runtime.Goexit()
	}()
	time.Sleep(time.Second)
}

// Goexit runs the deferred calls; a panic raised by one of them is recovered and Goexit goes on
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("bottom defer: recover =", recover()) }()
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("panic in a Goexit defer")
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main continues")
}

// Goexit called by a deferred call after a recovery still ends the goroutine
package main

import (
	"fmt"
	"runtime"
)

func work() (s string) {
	defer runtime.Goexit()
	defer func() { s = fmt.Sprint("recovered ", recover()) }()
	panic("p")
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goroutine's bottom defer")
		fmt.Println("work returned", work())
	}()
	<-done
	fmt.Println("main continues")
}

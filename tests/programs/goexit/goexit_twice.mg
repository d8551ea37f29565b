// Goexit called again from a deferred call during Goexit keeps ending the goroutine
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("bottom defer")
		defer func() {
			fmt.Println("deferred call calls Goexit again")
			runtime.Goexit()
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main continues")
}

// recover during Goexit returns nil and does not stop the goroutine from exiting
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main finished")
}

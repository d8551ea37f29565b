// a recovery cannot return past a running Goexit: Goexit goes on instead of the frame returning
package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer fmt.Println("f's first defer: Goexit resumed")
	defer func() { fmt.Println("f recovered:", recover()) }()
	defer panic("p")
	runtime.Goexit()
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		f()
		fmt.Println("not reached: f returned")
	}()
	<-done
}

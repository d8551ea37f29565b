// Goexit from a deeply nested call unwinds every frame of the goroutine
package main

import (
	"fmt"
	"runtime"
)

func descend(n int, done chan<- bool) {
	defer fmt.Println("unwinding", n)
	if n == 0 {
		runtime.Goexit()
	}
	descend(n-1, done)
	fmt.Println("never printed", n)
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		descend(3, done)
	}()
	<-done
	fmt.Println("main done")
}

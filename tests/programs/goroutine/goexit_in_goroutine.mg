// runtime.Goexit ends only the calling goroutine after running its deferred calls
package main

import (
	"fmt"
	"runtime"
)

func worker(done chan<- string) {
	defer func() { done <- "worker's defer ran" }()
	func() {
		defer fmt.Println("inner defer")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	done := make(chan string)
	go worker(done)
	fmt.Println(<-done)
	fmt.Println("main continues")
}

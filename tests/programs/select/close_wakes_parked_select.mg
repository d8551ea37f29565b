// a select parked on several channels is woken by a close: a receive case
// completes with the zero value, a send case panics with send on closed channel
package main

import (
	"fmt"
	"runtime"
)

func main() {
	a, b := make(chan int), make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			runtime.Gosched()
		}
		close(b)
	}()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s, ok := <-b:
		fmt.Printf("b %q %v\n", s, ok)
	}

	out := make(chan int)
	never := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			runtime.Gosched()
		}
		close(out)
	}()
	defer func() { fmt.Println("recovered:", recover()) }()
	select {
	case out <- 1:
		fmt.Println("sent")
	case <-never:
		fmt.Println("never")
	}
}

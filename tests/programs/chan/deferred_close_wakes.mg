// a deferred close and a close in another goroutine wake every parked receiver
// and sender; parked receivers see the zero value, parked senders panic
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-ch
			results[i] = fmt.Sprint(i, ":", v, ok)
		}()
	}
	func() {
		defer close(ch)
		for i := 0; i < 1000; i++ {
			// let every receiver park first
			_ = i
		}
	}()
	wg.Wait()
	fmt.Println(results)

	full := make(chan int)
	senders := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			defer func() { senders <- fmt.Sprint(recover()) }()
			full <- i
		}()
	}
	ready := make(chan bool)
	go func() {
		defer close(ready)
		defer close(full)
	}()
	<-ready
	for i := 0; i < 3; i++ {
		fmt.Println(<-senders)
	}
}

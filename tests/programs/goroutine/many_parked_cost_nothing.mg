// 20,000 goroutines parked on one channel while two others exchange 20,000
// messages: parked goroutines must cost no scheduling time (a scheduler that
// polls them all on every switch needs minutes here).
package main

import "fmt"

func main() {
	const n = 20000
	gate := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() { done <- <-gate }()
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(gate)
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}

// Tutorial: rate limiting with a ticker (one request per tick) and a bursty limiter (a buffered channel refilled by a ticker), as in Go by Example
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(10 * time.Millisecond)
	prev := time.Now()
	for req := range requests {
		tick := <-limiter
		fmt.Println("request", req, "served at least 10ms after the previous one:", tick.Sub(prev) >= 9*time.Millisecond)
		prev = tick
	}

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(10 * time.Millisecond) {
			bursty <- t
		}
	}()
	burst := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burst <- i
	}
	close(burst)
	start := time.Now()
	for req := range burst {
		<-bursty
		waited := time.Since(start) >= 5*time.Millisecond
		fmt.Println("bursty request", req, "waited:", waited)
	}
}

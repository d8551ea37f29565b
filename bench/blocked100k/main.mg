// 100,000 goroutines blocked on one channel at the same time while two others
// exchange 100,000 messages, then all released: measures the memory a parked
// goroutine costs (peak RSS) and that parked goroutines cost no scheduling time.
package main

import (
	"fmt"
	"sync"
)

func echo(ping <-chan int, pong chan<- int) {
	for v := range ping {
		pong <- v * 2
	}
}

func main() {
	const n = 100000
	gate := make(chan int)
	var wg sync.WaitGroup
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = <-gate + i
		}(i)
	}
	ping, pong := make(chan int), make(chan int)
	go echo(ping, pong)
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	for i := 0; i < n; i++ {
		gate <- i % 3
	}
	wg.Wait()
	for _, v := range results {
		sum += v
	}
	fmt.Println("blocked", n, "checksum", sum)
}

// A select loop draining two producers until both channels are closed:
// measures select with several parked cases and the wake-ups it causes.
package main

import "fmt"

func produce(ch chan<- int, n, step int) {
	for i := 0; i < n; i++ {
		ch <- i * step
	}
	close(ch)
}

func main() {
	const n = 500000
	a := make(chan int)
	b := make(chan int)
	go produce(a, n, 1)
	go produce(b, n, 3)
	sum, count := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum -= v
			count++
		}
	}
	fmt.Println("received", count, "checksum", sum)
}

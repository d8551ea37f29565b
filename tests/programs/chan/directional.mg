// send-only and receive-only channel types restrict use in producer and consumer
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func consume(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go produce(ch, 5)
	go consume(ch, done)
	fmt.Println("sum of squares:", <-done)
	var ro <-chan int = ch
	fmt.Printf("%T %T\n", ro, (chan<- int)(ch))
}

// One million round trips over unbuffered channels between two goroutines:
// measures the cost of a blocking hand-off and a goroutine switch.
package main

import "fmt"

func echo(ping <-chan int, pong chan<- int) {
	for v := range ping {
		pong <- v + 1
	}
	close(pong)
}

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go echo(ping, pong)
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	fmt.Println("round trips", n, "checksum", sum)
}

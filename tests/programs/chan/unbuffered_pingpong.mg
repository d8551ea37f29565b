// unbuffered channels synchronize two goroutines in strict alternation
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			fmt.Println("pong got", v)
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 3; i++ {
		ping <- v
		v = <-pong
		fmt.Println("ping got", v)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)
}

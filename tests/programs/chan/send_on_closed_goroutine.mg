// a send on a closed channel in a goroutine crashes the program while main is blocked
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	close(ch)
	go func() {
		defer fmt.Println("sender's defer runs")
		ch <- 1
	}()
	<-done
	fmt.Println("not reached")
}

// goroutines in a ring pass a token so output order is fixed
package main

import "fmt"

func main() {
	const n = 4
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			for {
				tok, ok := <-chans[i]
				if !ok {
					return
				}
				fmt.Println("goroutine", i, "has token", tok)
				if tok == 9 {
					done <- true
					return
				}
				chans[(i+1)%n] <- tok + 1
			}
		}()
	}
	chans[0] <- 0
	<-done
}

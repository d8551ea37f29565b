// a panic in main crashes the program even while other goroutines are blocked
package main

import "fmt"

func main() {
	block := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			defer fmt.Println("never printed", i)
			<-block
		}()
	}
	defer fmt.Println("main's defer runs")
	panic("main gives up")
}

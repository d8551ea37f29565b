// returning from main ends the program while other goroutines are blocked
package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			defer fmt.Println("never printed", i)
			<-block
		}()
	}
	fmt.Println("main returns")
}

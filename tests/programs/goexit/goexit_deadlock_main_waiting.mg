// a goroutine that Goexits without signalling leaves main blocked: deadlock
package main

import (
	"fmt"
	"runtime"
)

func main() {
	result := make(chan int)
	go func() {
		defer fmt.Println("worker's defer runs during Goexit")
		runtime.Goexit()
		result <- 1
	}()
	fmt.Println(<-result)
}

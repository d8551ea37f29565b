// runtime.NumGoroutine counts live goroutines including main
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-block
		}()
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(block)
}

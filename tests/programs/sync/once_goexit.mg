// if Once's function calls Goexit, the Once still counts as done
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var once sync.Once
	done := make(chan bool)
	go func() {
		defer close(done)
		once.Do(func() {
			fmt.Println("first Do exits its goroutine")
			runtime.Goexit()
		})
		fmt.Println("not reached")
	}()
	<-done
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}

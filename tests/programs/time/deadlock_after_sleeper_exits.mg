// a pending timer keeps the program alive; once the sleeper has finished and
// nothing can wake main, Go reports the deadlock
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper done, sending nothing")
	}()
	start := time.Now()
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("short sleeper done")
	}()
	fmt.Println("main waits")
	<-ch
	fmt.Println("unreachable", time.Since(start) > 0)
}

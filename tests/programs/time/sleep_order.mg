// short sleeps order goroutines when the gaps are unambiguous
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	for _, ms := range []int{40, 0, 20} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- fmt.Sprint("slept ", ms, "ms")
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
}

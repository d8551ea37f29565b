// Main and two goroutines sleep for about a second in all: the process must
// idle (tests/sched.rs checks the CPU time it used), not spin.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	for _, d := range []time.Duration{600, 900} {
		go func() {
			time.Sleep(d * time.Millisecond)
			done <- (d * time.Millisecond).String()
		}()
	}
	time.Sleep(300 * time.Millisecond)
	fmt.Println(<-done, <-done)
}

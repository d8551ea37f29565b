// Timeouts with select and time.After: a slow result loses to the timeout, a fast one wins, a loop polls with a deadline, and time.After inside a for-select resets each round
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

func fetch(delay time.Duration, result string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		c <- result
	}()
	return c
}

func withTimeout(c <-chan string, limit time.Duration) (string, error) {
	select {
	case r := <-c:
		return r, nil
	case <-time.After(limit):
		return "", errTimeout
	}
}

func main() {
	fmt.Println(withTimeout(fetch(40*time.Millisecond, "slow"), 10*time.Millisecond))
	fmt.Println(withTimeout(fetch(time.Millisecond, "fast"), 50*time.Millisecond))

	deadline := time.After(30 * time.Millisecond)
	ticks := 0
	for done := false; !done; {
		select {
		case <-deadline:
			done = true
		default:
			time.Sleep(10 * time.Millisecond)
			ticks++
		}
	}
	fmt.Println("polled until the deadline:", ticks >= 1)

	events := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(time.Millisecond)
			events <- i
		}
	}()
	for {
		select {
		case e := <-events:
			fmt.Println("event", e)
			continue
		case <-time.After(50 * time.Millisecond):
			fmt.Println("idle for 50ms: done")
		}
		break
	}

	start := time.Now()
	<-time.After(15 * time.Millisecond)
	fmt.Println("After waited:", time.Since(start) >= 15*time.Millisecond)
}

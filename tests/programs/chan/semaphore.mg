// a buffered channel used as a semaphore limits how many goroutines run at once
package main

import (
	"fmt"
	"sync"
)

func main() {
	const limit = 2
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	running, peak, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			mu.Lock()
			running--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done:", done, "peak within limit:", peak <= limit && peak >= 1)
}

// waiting on a WaitGroup that never reaches zero deadlocks
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker done")
	}()
	wg.Wait()
}

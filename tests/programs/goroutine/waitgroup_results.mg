// goroutines write to distinct slice slots; WaitGroup waits for all of them
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 8)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}

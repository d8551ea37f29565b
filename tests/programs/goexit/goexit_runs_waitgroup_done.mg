// Goexit runs deferred wg.Done so Wait returns
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { results[i] += " (deferred)" }()
			if i == 1 {
				results[i] = "exited early"
				runtime.Goexit()
			}
			results[i] = fmt.Sprint("finished ", i)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}

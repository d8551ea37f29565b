// WaitGroup.Go starts a goroutine and tracks it like Add and Done
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := range out {
		wg.Go(func() {
			out[i] = fmt.Sprint("task", i)
		})
	}
	wg.Wait()
	fmt.Println(out)
}

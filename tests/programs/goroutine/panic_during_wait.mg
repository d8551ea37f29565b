// a goroutine panics while main waits on a WaitGroup: the program crashes, main's defers do not run
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("main's defer does not run")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("worker's defer runs")
		var p *struct{ n int }
		p.n = 1
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("not reached")
}

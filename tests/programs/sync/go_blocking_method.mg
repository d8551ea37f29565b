// go of a blocking sync method value (go mu.Lock(), go wg.Wait()): the new
// goroutine parks in the call and completes it once woken
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	go wg.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	mu.Unlock()
	wg.Done()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("locked by the goroutine:", !mu.TryLock())
}

// a mutex locked in one goroutine may be unlocked in another
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine unlocks")
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	fmt.Println("main locked again")
	mu.Unlock()
}

// a writer waiting for RWMutex.Lock blocks new readers: a recursive RLock
// then deadlocks, as the sync documentation says
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
		fmt.Println("writer got the lock")
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reader locks again")
	rw.RLock()
	fmt.Println("unreachable")
}

// a fatal error in a deferred call during a panic prints the raw chain first, then the fatal error
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer mu.Unlock()
	defer fmt.Println("deferred print runs before the fatal unlock")
	panic("boom")
}

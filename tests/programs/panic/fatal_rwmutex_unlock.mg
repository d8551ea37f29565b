// Unlock of an unlocked RWMutex is a fatal error, not a panic
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("never runs")
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("balanced write lock ok")
	rw.Unlock()
}

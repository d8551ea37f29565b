// RUnlock of an unlocked RWMutex is fatal
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced read lock ok")
	rw.RUnlock()
}

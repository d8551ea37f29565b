// unlocking an unlocked mutex is a fatal error that recover cannot catch
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("not run:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("first unlock fine")
	mu.Unlock()
}

// deferred cleanup runs when a function panics, and locks are released by defers
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var log []string

func critical(n int) {
	mu.Lock()
	defer mu.Unlock()
	defer func() { log = append(log, fmt.Sprint("cleanup ", n)) }()
	if n == 2 {
		panic(fmt.Sprint("failure in ", n))
	}
	log = append(log, fmt.Sprint("ok ", n))
}

func main() {
	for i := 1; i <= 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					log = append(log, fmt.Sprint("recovered: ", r))
				}
			}()
			critical(i)
		}()
	}
	for _, l := range log {
		fmt.Println(l)
	}
	mu.Lock()
	fmt.Println("mutex free again")
}

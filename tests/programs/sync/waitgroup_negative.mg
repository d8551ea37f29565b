// calling Done more times than Add panics with a negative counter message
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Done()
}

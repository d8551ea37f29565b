// Wait on a WaitGroup whose counter is zero returns immediately, also repeatedly
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	wg.Wait()
	fmt.Println("returned immediately")
	wg.Add(2)
	wg.Add(-2)
	wg.Wait()
	fmt.Println("balanced Add returns too")
}

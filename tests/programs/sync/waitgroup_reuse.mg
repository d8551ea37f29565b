// a WaitGroup can be reused for several rounds once its counter is back at zero
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 3; round++ {
		total := make([]int, round*2)
		for i := range total {
			wg.Add(1)
			go func() {
				defer wg.Done()
				total[i] = round
			}()
		}
		wg.Wait()
		sum := 0
		for _, v := range total {
			sum += v
		}
		fmt.Println("round", round, "sum", sum)
	}
}

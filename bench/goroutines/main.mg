// Spawns 100,000 goroutines that each do a little work and finish, joined by a
// WaitGroup: measures the cost of creating, scheduling and ending a goroutine.
package main

import (
	"fmt"
	"sync"
)

func work(i int, out []int, wg *sync.WaitGroup) {
	out[i] = i * i % 7
	wg.Done()
}

func main() {
	const n = 100000
	out := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go work(i, out, &wg)
	}
	wg.Wait()
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println("goroutines", n, "checksum", sum)
}

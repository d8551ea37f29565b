// many goroutines contend for a Mutex and an RWMutex while yielding inside
// their critical sections; several goroutines wait on one WaitGroup; a
// panicking goroutine's deferred Wait parks and resumes its panic afterwards
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter, inside, maxInside := 0, 0, 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				runtime.Gosched()
				counter++
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex:", counter, "max inside:", maxInside)

	var rw sync.RWMutex
	readers, writers, bad := 0, 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 5; j++ {
				if i%4 == 0 {
					rw.Lock()
					writers++
					if writers > 1 || readers > 0 {
						bad++
					}
					runtime.Gosched()
					writers--
					rw.Unlock()
				} else {
					rw.RLock()
					mu.Lock()
					readers++
					if writers > 0 {
						bad++
					}
					mu.Unlock()
					runtime.Gosched()
					mu.Lock()
					readers--
					mu.Unlock()
					rw.RUnlock()
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println("rwmutex violations:", bad)

	var gate sync.WaitGroup
	gate.Add(1)
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() {
			gate.Wait()
			results <- i * i
		}()
	}
	gate.Done()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("waiters released:", sum)

	var slow sync.WaitGroup
	slow.Add(1)
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("recovered after wait: ", recover()) }()
		defer slow.Wait()
		panic("worker failed")
	}()
	go func() {
		for i := 0; i < 3; i++ {
			runtime.Gosched()
		}
		slow.Done()
	}()
	fmt.Println(<-done)
}

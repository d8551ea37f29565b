// time.AfterFunc runs its function in its own goroutine (counted by NumGoroutine while it runs; the timer itself is not), Stop cancels a pending call, Reset schedules it again, and calls happen in due order
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []string{}
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		name := fmt.Sprintf("after %dms", d)
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
		})
	}
	fmt.Println("pending timers are not goroutines:", runtime.NumGoroutine())
	wg.Wait()
	fmt.Println(order)

	ran := make(chan int, 1)
	t := time.AfterFunc(time.Hour, func() { ran <- runtime.NumGoroutine() })
	fmt.Println("C is nil:", t.C == nil, "Stop:", t.Stop(), "Stop again:", t.Stop())
	fmt.Println("Reset of a stopped AfterFunc:", t.Reset(5*time.Millisecond))
	fmt.Println("goroutines while it runs:", <-ran)
	fmt.Println("Stop after it ran:", t.Stop(), "Reset:", t.Reset(5*time.Millisecond))
	<-ran
	fmt.Println("ran again")
}

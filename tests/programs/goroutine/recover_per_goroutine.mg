// a goroutine's deferred recover catches its own panic and reports it over a channel
package main

import "fmt"

func safeGo(id int, f func(), report chan<- string) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				report <- fmt.Sprintf("worker %d recovered: %v", id, r)
				return
			}
			report <- fmt.Sprintf("worker %d ok", id)
		}()
		f()
	}()
}

func main() {
	report := make(chan string)
	tasks := []func(){
		func() {},
		func() { panic("boom") },
		func() { var a []int; _ = a[1] },
	}
	for i, t := range tasks {
		safeGo(i, t, report)
		fmt.Println(<-report)
	}
}

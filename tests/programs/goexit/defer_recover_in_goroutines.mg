// `defer recover()` in goroutines' deferred calls: with Goexit, with a deferred panic superseding the first, and when the deferred call returns normally
package main

import (
	"fmt"
	"runtime"
)

func worker(id int, done chan<- string) {
	defer func() { done <- fmt.Sprint("worker ", id, " done") }()
	defer func() {
		defer recover()
		switch id {
		case 1:
			fmt.Println("worker 1: the deferred call returns normally, its deferred recover() recovers")
		case 2:
			defer runtime.Goexit()
			panic("worker 2 deferred panic")
		}
	}()
	if id == 3 {
		defer panic(fmt.Sprint("deferred panic of worker ", id))
	}
	if id == 0 {
		runtime.Goexit()
	}
	panic(fmt.Sprint("worker ", id, " panics"))
}

func main() {
	done := make(chan string)
	for id := 0; id < 4; id++ {
		go worker(id, done)
		fmt.Println(<-done)
	}
}

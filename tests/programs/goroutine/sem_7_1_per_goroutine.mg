// a goroutine recovers only its own panics; an unrecovered one ends the program
// from: /work/shared/SEMANTICS.md §7.1
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer never runs")
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("goroutine recovered:", recover()); done <- true }()
		panic("first goroutine")
	}()
	<-done
	go func() { defer fmt.Println("second goroutine's defer runs"); panic("second goroutine") }()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

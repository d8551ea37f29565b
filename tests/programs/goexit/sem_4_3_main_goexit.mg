// Goexit in main runs main's defers, lets others finish, then reports no goroutines deadlock
// from: /work/shared/SEMANTICS.md §4.3
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() { time.Sleep(50 * time.Millisecond); fmt.Println("other goroutine finishes") }()
	defer fmt.Println("main's defer")
	runtime.Goexit()
}

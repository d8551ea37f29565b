// Goexit called by a deferred call abandons the panic; Goexit in a deferred call of a return never returns
// from: /work/shared/SEMANTICS.md §4.2
package main

import (
	"fmt"
	"runtime"
	"time"
)

func work() int { defer fmt.Println("work's first defer runs"); defer runtime.Goexit(); return 1 }
func main() {
	go func() {
		defer func() { fmt.Println("recover:", recover()) }()
		defer runtime.Goexit()
		panic("hello")
	}()
	time.Sleep(100 * time.Millisecond)
	go func() { fmt.Println("work returned", work()) }()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: no crash")
}

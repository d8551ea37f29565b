// a deferred Goexit during a panic, then a later deferred panic: the chain shows both panics
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer func() { panic("after goexit") }()
		defer fmt.Println("deferred print between")
		defer runtime.Goexit()
		panic("first")
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

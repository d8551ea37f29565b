// Goexit in main runs main's deferred calls, then no goroutine is left: fatal error
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's bottom defer")
	defer func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic("hello")
	}()
	runtime.Goexit()
}

// Goexit in an init function runs its defers and ends the main goroutine before main runs
package main

import (
	"fmt"
	"runtime"
)

func init() {
	defer fmt.Println("init's deferred call runs")
	runtime.Goexit()
}

func main() { fmt.Println("main never runs") }

// when main returns the program exits without waiting for other goroutines
// from: /work/shared/SEMANTICS.md §7.2
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() { defer fmt.Println("never printed"); time.Sleep(time.Second) }()
	fmt.Println("main returns")
}

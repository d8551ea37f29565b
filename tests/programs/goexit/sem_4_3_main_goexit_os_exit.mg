// after Goexit in main, another goroutine can end the program with os.Exit
// from: /work/shared/SEMANTICS.md §4.3
package main

import (
	"os"
	"runtime"
	"time"
)

func main() { go func() { time.Sleep(50 * time.Millisecond); os.Exit(0) }(); runtime.Goexit() }

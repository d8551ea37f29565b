// a fatal error with only a Goexit record prints a tab before fatal error
// from: /work/shared/SEMANTICS.md §5.6
package main

import (
	"runtime"
	"sync"
)

func main() { var mu sync.Mutex; defer mu.Unlock(); runtime.Goexit() } // only a Goexit record

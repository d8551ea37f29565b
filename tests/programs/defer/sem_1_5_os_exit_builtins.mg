// os.Exit runs no deferred calls even during a panic; deferred builtins run like other calls
// from: /work/shared/SEMANTICS.md §1.5
package main

import (
	"fmt"
	"os"
)

func main() {
	ch, m, x := make(chan int, 1), map[string]int{"a": 1}, "at defer time"
	defer fmt.Println("not run: os.Exit does not return")
	defer func() { _, ok := <-ch; fmt.Println("closed:", !ok, "len(m):", len(m)); os.Exit(3) }()
	defer close(ch)
	defer delete(m, "a")
	defer println("deferred println:", x)
	x = "changed"
	panic("boom")
}

// in main, a recovered panic after Goexit lets Goexit finish
// from: /work/shared/SEMANTICS.md §4.4
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's bottom defer")
	defer func() { defer func() { fmt.Println("recovered:", recover()) }(); panic("hello") }()
	runtime.Goexit()
}

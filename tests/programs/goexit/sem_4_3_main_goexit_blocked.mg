// Goexit in main with all other goroutines blocked is an ordinary deadlock
// from: /work/shared/SEMANTICS.md §4.3
package main

import "runtime"

func main() { go func() { select {} }(); runtime.Goexit() }

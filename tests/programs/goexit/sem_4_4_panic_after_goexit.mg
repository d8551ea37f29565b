// in main, an unrecovered panic in a deferred call after Goexit crashes normally
// from: /work/shared/SEMANTICS.md §4.4
package main

import "runtime"

func main() { defer func() { panic("hello") }(); runtime.Goexit() }

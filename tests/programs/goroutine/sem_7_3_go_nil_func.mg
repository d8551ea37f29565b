// go of a nil func value is a fatal error that cannot be recovered
// from: /work/shared/SEMANTICS.md §7.3
package main

import "fmt"

func main() { defer func() { fmt.Println("not run", recover()) }(); var f func(); go f() }

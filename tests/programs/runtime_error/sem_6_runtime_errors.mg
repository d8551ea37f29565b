// runtime errors implement runtime.Error with the documented messages and types
// from: /work/shared/SEMANTICS.md §6
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }
func try(f func()) {
	defer func() { r := recover(); _, rt := r.(runtime.Error); fmt.Printf("%T %v | %v\n", r, rt, r) }()
	f()
}
func main() {
	var m map[string]int
	var x any = 1
	try(func() { _ = x.(I) })
	try(func() { s, i := []int{1, 2, 3}, 5; _ = s[1:i] })
	m["k"] = 1
}

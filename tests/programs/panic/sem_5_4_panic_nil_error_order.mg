// panic(nil) is a *runtime.PanicNilError; Error methods for the chain run after all defers
// from: /work/shared/SEMANTICS.md §5.4
package main

import "fmt"

type E string
func (e E) Error() string { fmt.Println("Error() called on", string(e)); return string(e) }
func main() {
	defer fmt.Println("deferred calls run before Error()")
	defer func() { panic(E("second")) }()
	defer func() { r := recover(); fmt.Printf("%T | %v\n", r, r); panic(E("first")) }()
	var err error
	panic(err)
}

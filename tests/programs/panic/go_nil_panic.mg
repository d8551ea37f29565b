// panic(nil) uncaught prints the PanicNilError message
// from: src/runtime/testdata/testprog/crash.go NilPanic (re-expressed)
package main

import "fmt"

func main() {
	fmt.Println("about to panic with nil")
	panic(nil)
}

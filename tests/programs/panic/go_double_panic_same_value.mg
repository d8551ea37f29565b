// panicking again with the same error value during a panic prints a single line
// from: src/runtime/testdata/testprog/crash.go DoublePanicWithSameValue (re-expressed)
package main

import (
	"errors"
	"fmt"
)

var errSame = errors.New("same error value")

func main() {
	defer func() {
		fmt.Println("deferred call panics with the same value")
		panic(errSame)
	}()
	panic(errSame)
}

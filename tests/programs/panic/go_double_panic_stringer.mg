// Stringer panic values are converted with String() before printing the chain
// from: src/runtime/testdata/testprog/crash.go DoublePanic (re-expressed)
package main

import (
	"fmt"
	"runtime"
)

type P string

func (p P) String() string {
	runtime.GC()
	fmt.Println("String() of", string(p))
	return "P(" + string(p) + ")"
}

func main() {
	defer func() {
		panic(P("YYY"))
	}()
	panic(P("XXX"))
}

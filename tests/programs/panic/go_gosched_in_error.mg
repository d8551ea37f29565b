// an Error method that yields with Gosched still produces the panic message
// from: src/runtime/testdata/testprog/crash.go GoschedInPanic (re-expressed)
package main

import "runtime"

type yielding struct{}

func (yielding) Error() string {
	runtime.Gosched()
	return "errorThatGosched"
}

func main() {
	panic(yielding{})
}

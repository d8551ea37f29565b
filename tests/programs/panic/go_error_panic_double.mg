// an Error method that panics with another error type is fatal and names that type
// from: src/runtime/testdata/testprog/crash.go DoubleErrorPanic (re-expressed)
package main

import "fmt"

type innerErr struct{}

func (innerErr) Error() string { panic("inner Error also panics") }

type outerErr struct{}

func (outerErr) Error() string {
	fmt.Println("outerErr.Error called")
	panic(innerErr{})
}

func main() {
	defer fmt.Println("deferred calls run before the value is printed")
	panic(outerErr{})
}

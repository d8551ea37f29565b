// a String method that panics with a multi-line string while printing the panic value is fatal
// from: src/runtime/testdata/testprog/crash.go StringerPanic (re-expressed)
package main

type badStringer struct{}

func (badStringer) String() string { panic("important multi-line\nstringer message") }

func main() {
	panic(badStringer{})
}

// two Error methods that panic with each other end in a fatal error naming the second type
// from: src/runtime/testdata/testprog/crash.go CircularPanic (re-expressed)
package main

type startErr struct{}

func (startErr) Error() string { panic(endErr{}) }

type endErr struct{}

func (endErr) Error() string { panic(startErr{}) }

func main() {
	panic(startErr{})
}

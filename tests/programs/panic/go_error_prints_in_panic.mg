// an Error method that prints to stdout runs before the panic line is written
// from: src/runtime/testdata/testprog/crash.go SyscallInPanic (re-expressed)
package main

import "fmt"

type chatty struct{}

func (chatty) Error() string {
	fmt.Println("1")
	fmt.Println("2")
	return "3"
}

func main() {
	panic(chatty{})
}

// re-panicking with the recovered value prints one line marked [recovered, repanicked]
// from: src/runtime/testdata/testprog/crash.go RepanickedPanic (re-expressed)
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r, "- panicking again with it")
		panic(r)
	}()
	panic("message")
}

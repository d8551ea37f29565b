// go with a nil func value is fatal even with a recovering deferred call
// from: src/runtime/testdata/testprog/deadlock.go GoNil (re-expressed)
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("never runs", recover())
	}()
	var f func()
	fmt.Println("starting nil goroutine")
	go f()
	select {}
}

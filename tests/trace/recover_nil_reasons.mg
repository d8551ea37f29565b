// every reason recover returns nil: not panicking, not called directly, already recovered, during Goexit
package main

import (
	"fmt"
	"runtime"
)

func helper() any { return recover() }

func main() {
	fmt.Println("not panicking:", recover())
	func() {
		defer func() { fmt.Println("outer got:", recover()) }()
		defer func() { fmt.Println("helper got:", helper()) }()
		panic("p1")
	}()
	func() {
		defer func() { fmt.Println("1st:", recover(), "2nd:", recover()) }()
		panic("twice")
	}()
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("during Goexit:", recover()) }()
		runtime.Goexit()
	}()
	<-done
}

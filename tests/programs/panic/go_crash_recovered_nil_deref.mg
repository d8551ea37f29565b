// nil dereferences recovered in main and in other goroutines in turn
// from: src/runtime/testdata/testprog/crash.go Crash (re-expressed)
package main

import "fmt"

func test(name string) {
	defer func() {
		if x := recover(); x != nil {
			fmt.Printf(" recovered")
		}
		fmt.Printf(" done\n")
	}()
	fmt.Printf("%s:", name)
	var s *string
	_ = *s
	fmt.Print("SHOULD NOT BE HERE")
}

func inGoroutine(name string) {
	c := make(chan bool)
	go func() {
		test(name)
		c <- true
	}()
	<-c
}

func main() {
	test("main")
	inGoroutine("new-goroutine")
	inGoroutine("second-new-goroutine")
	test("main-again")
}

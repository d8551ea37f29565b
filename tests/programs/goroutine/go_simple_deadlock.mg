// select with no cases in main with no other goroutines is a deadlock
// from: src/runtime/testdata/testprog/deadlock.go SimpleDeadlock (re-expressed)
package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run on deadlock")
	fmt.Println("blocking forever")
	select {}
}

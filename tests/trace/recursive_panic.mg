// a recovered panic re-raised with a wrapped message is recovered by an outer deferred call; a later panic crashes
// from: src/runtime/testdata/testprog/crash.go RecursivePanic (re-expressed)
package main

import "fmt"

func main() {
	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		var big [4096]byte
		func(buf [4096]byte) {
			defer func() {
				if r := recover(); r != nil {
					panic("wrap: " + r.(string))
				}
			}()
			panic(fmt.Sprint("bad ", len(buf)))
		}(big)
	}()
	panic("again")
}

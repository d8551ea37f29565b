// `defer recover()` in a deferred call that panics before returning: the new panic runs it, so it recovers nothing
package main

import "fmt"

func main() {
	defer func() { fmt.Println("main sees:", recover()) }()
	defer func() {
		defer recover()
		panic("second")
	}()
	panic("first")
}

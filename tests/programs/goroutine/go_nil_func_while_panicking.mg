// go of a nil func value in a deferred call while panicking: the fatal error
// is printed without the panic chain (sync's fatal errors print it)
package main

import "fmt"

func main() {
	defer func() {
		var f func()
		go f()
	}()
	panic(fmt.Errorf("first"))
}

// recover in a helper called by the deferred function returns nil; the caller's deferred call recovers instead
package main

import "fmt"

func helper() any { return recover() }

func work() {
	defer func() { fmt.Println("helper got:", helper()) }()
	panic("boom")
}

func main() {
	defer func() { fmt.Println("main got:", recover()) }()
	work()
}

// after a recovery, a remaining deferred call of the same frame panics anew and the caller recovers it
package main

import "fmt"

func f() (s string) {
	defer func() { panic("from a remaining deferred call") }()
	defer func() { s = fmt.Sprint("recovered ", recover()) }()
	panic("first")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	fmt.Println(f())
}

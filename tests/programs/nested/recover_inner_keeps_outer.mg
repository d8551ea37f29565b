// a deferred call can panic and recover internally without affecting the ongoing panic
package main

import "fmt"

func cleanup() {
	defer func() { fmt.Println("cleanup recovered its own:", recover()) }()
	panic("cleanup failure")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	defer cleanup()
	panic("main failure")
}

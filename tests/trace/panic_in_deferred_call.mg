// a deferred call panics during a panic: the first panic is superseded, nothing recovers, both are printed
package main

import "fmt"

func cleanup() {
	fmt.Println("cleaning up")
	panic("cleanup failed")
}

func main() {
	defer fmt.Println("main's first defer")
	defer cleanup()
	panic("first")
}

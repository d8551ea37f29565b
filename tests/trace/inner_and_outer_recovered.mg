// a panic recovered inside a deferred call leaves the older panic running; a panic recovered in the frame of the first ends both
package main

import "fmt"

func a() {
	defer func() { fmt.Println("a's first defer recovers:", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func b() {
	defer func() { fmt.Println("b's first defer recovers:", recover()) }()
	defer func() { fmt.Println("middle defer recovers:", recover()) }()
	defer func() { panic("panic2") }()
	panic("panic1")
}

func main() {
	a()
	b()
}

// a panic unwinds through several frames running each frame's deferred calls
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind level", n)
	if n == 3 {
		panic(fmt.Sprintf("deep panic at %d", n))
	}
	level(n + 1)
	fmt.Println("not reached", n)
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	level(0)
}

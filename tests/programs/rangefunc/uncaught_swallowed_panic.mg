// an iterator that recovers a loop body's panic and returns normally crashes the program with Go's runtime error (exit 2)
package main

import "fmt"

func careless(yield func(string) bool) {
	defer func() { recover() }()
	yield("first")
}

func main() {
	defer fmt.Println("main's defer runs")
	for s := range careless {
		fmt.Println("body", s)
		panic("lost")
	}
	fmt.Println("not reached")
}

// after recovery the frame returns normally with its result slots as set
// from: /work/shared/SEMANTICS.md §3.3
package main

import "fmt"

func named() (n int, err error) {
	defer fmt.Println("earlier defer of named still runs")
	defer func() { err = fmt.Errorf("recovered: %v", recover()) }()
	n = 7
	panic("bad")
}
func unnamed() int { x := 5; defer func() { recover() }(); x = 6; panic(x) }
func afterReturn() (int, string) {
	defer func() { recover() }()
	defer func() { panic("in a deferred call") }()
	return 5, "five"
}
func older() {
	defer func() { fmt.Println("older's first defer recovers:", recover()) }()
	defer func() {
		defer func() { fmt.Println("remaining defer:", recover()) }()
		defer func() { fmt.Println("recovers:", recover()) }()
		panic("p2")
	}()
	panic("p1")
}
func main() { fmt.Println(named()); fmt.Println(unnamed()); fmt.Println(afterReturn()); older() }

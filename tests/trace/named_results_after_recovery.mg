// after a recovery the function returns normally: named results as set, unnamed results as a return set them
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

func main() {
	fmt.Println(named())
	fmt.Println(unnamed())
	fmt.Println(afterReturn())
}

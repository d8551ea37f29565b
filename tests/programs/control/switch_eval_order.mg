// switch cases are evaluated top to bottom, left to right, stopping at the first match
package main

import "fmt"

func val(name string, v int) int {
	fmt.Print(name, " ")
	return v
}

func main() {
	switch val("tag", 3) {
	case val("a", 1), val("b", 2):
		fmt.Println("first")
	case val("c", 3), val("d", 4):
		fmt.Println("second")
	case val("e", 3):
		fmt.Println("third")
	}
	switch {
	case val("x", 0) > 0:
	default:
		fmt.Println("default")
	case val("y", 1) > 0:
		fmt.Println("y matched")
	}
}

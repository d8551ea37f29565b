// iota counts const specs in a group, implicit repetition reuses the last expression
package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	X = iota * 10
	Y
	Z = "z"
	W
	V = iota
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(X, Y, Z, W, V)
}

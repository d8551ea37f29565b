// checks: a type whose array length refers to a variable of that type
package main

type Grid struct {
	cells [len(board)]int
}

var board Grid

func main() {}

// an uncaught runtime error inside generic functions and a method of a generic type
package main

import "fmt"

type Grid[T any] struct{ cells []T }

func (g *Grid[T]) At(i int) T { return g.cells[i] }

func Get[T any](g *Grid[T], i int) T {
	return g.At(i)
}

func main() {
	g := &Grid[string]{cells: []string{"a"}}
	fmt.Println(Get(g, 0))
	fmt.Println(Get(g, 3))
}

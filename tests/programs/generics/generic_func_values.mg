// a generic function where a function type is expected is instantiated from it: var declarations, assignments, returns, slice literal elements
package main

import (
	"cmp"
	"fmt"
)

func Double[T int | float64](x T) T { return x * 2 }

func pick() func(string, string) int {
	return cmp.Compare
}

type op func(float64) float64

func main() {
	var f func(int) int = Double
	fmt.Println(f(21))
	var g op
	g = Double
	fmt.Println(g(1.25))
	fmt.Println(pick()("a", "b"))
	fs := []func(int) int{Double, Double[int]}
	fmt.Println(fs[0](2), fs[1](3))
	var h, k func(float64) float64 = Double, Double
	fmt.Println(h(1) + k(2))
}

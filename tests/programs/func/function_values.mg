// functions are values: stored in variables, slices, maps and passed around
package main

import (
	"fmt"
	"strings"
)

func apply(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func twice(f func(int) int) func(int) int { return func(x int) int { return f(f(x)) } }

func main() {
	fmt.Println(apply([]string{"a", "b"}, strings.ToUpper))
	fmt.Println(apply([]string{"a", "b"}, func(s string) string { return s + s }))
	sq := func(x int) int { return x * x }
	fmt.Println(twice(sq)(3), twice(twice(sq))(2))
	var g func(int) int
	fmt.Println(g == nil)
	g = sq
	fmt.Println(g != nil, g(9))
	fmt.Printf("%T\n", apply)
}

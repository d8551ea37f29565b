// generic Map, Filter and Reduce over slices, with inferred and explicit type arguments
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	squares := Map(nums, func(n int) int { return n * n })
	fmt.Println(squares)
	words := Map(nums, strconv.Itoa)
	fmt.Printf("%q %T\n", words, words)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, len(evens), cap(evens) >= len(evens))
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println(sum)
	joined := Reduce(words, "", func(a string, w string) string { return a + w })
	fmt.Println(joined)
	lens := Map[string, int]([]string{"go", "minigo", ""}, func(s string) int { return len(s) })
	fmt.Println(lens)
	upper := Map(Filter([]string{"a", "bb", "ccc"}, func(s string) bool { return len(s) > 1 }), strings.ToUpper)
	fmt.Println(upper)
	var none []float64
	fmt.Println(Map(none, func(f float64) string { return fmt.Sprint(f) }) == nil, Filter(none, func(float64) bool { return true }) == nil)
	f := Reduce[string, int]
	fmt.Printf("%T\n", f)
	fmt.Println(f([]string{"x", "yy"}, 10, func(n int, s string) int { return n + len(s) }))
}

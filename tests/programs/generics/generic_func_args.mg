// generic functions passed uninstantiated as arguments: slices.SortFunc(xs, cmp.Compare), Map(xs, Double) infers both functions' type arguments
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T int | float64](x T) T { return x * 2 }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
	words := []string{"b", "c", "a"}
	slices.SortFunc(words, cmp.Compare[string])
	fmt.Println(words)
	fmt.Println(Map(xs, Double), Map([]float64{1.5}, Double), Map(xs, strconv.Itoa))
	fmt.Println(apply(cmp.Compare, 1, 2))
}

// iter.Seq and iter.Seq2 as types of iterator functions: ranged over directly, returned by generic helpers, converted from plain funcs, printed with %T
package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Map[A, B any](seq iter.Seq[A], f func(A) B) iter.Seq[B] {
	return func(yield func(B) bool) {
		for a := range seq {
			if !yield(f(a)) {
				return
			}
		}
	}
}

func Collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	for i := range Count(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	words := Map(Count(4), func(i int) string { return fmt.Sprint("w", i*i) })
	fmt.Println(Collect(words))
	var plain func(func(string) bool) = func(yield func(string) bool) { yield("only") }
	fmt.Println(Collect(iter.Seq[string](plain)))
	fmt.Printf("%T\n%T\n", Count(1), Enumerate([]bool{}))
}

// iterators written with generics: a generic tree's All method and Enumerate/Collect over func(yield) sequences, ranged over with break
package main

import "fmt"

type Tree[T any] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if less(v, t.val) {
		t.left = t.left.Insert(v, less)
	} else {
		t.right = t.right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.left.push(yield) && yield(t.val) && t.right.push(yield)
}

func Enumerate[T any](xs []T) func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Collect[T any](seq func(yield func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		t = t.Insert(w, func(a, b string) bool { return a < b })
	}
	for v := range t.All() {
		if v == "x" {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Collect(t.All()))
	for i, f := range Enumerate([]float64{1.5, 2.5}) {
		fmt.Println(i, f)
	}
}

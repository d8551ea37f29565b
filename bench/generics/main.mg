// generics: a generic stack and generic higher-order functions (Map, Filter,
// Reduce, Sum over a Number constraint); bench/generics_twin is the same
// program written for int only. minigo specialises each instance, so the two
// should run equally fast.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) Len() int { return len(s.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0:0]
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

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i
	}
	check := 0
	for round := 0; round < 300; round++ {
		var st Stack[int]
		for _, x := range xs {
			st.Push(x + round)
		}
		for st.Len() > 0 {
			check += st.Pop() & 7
		}
		sq := Map(xs, func(x int) int { return x * x % 1009 })
		ev := Filter(sq, func(x int) bool { return x%2 == 0 })
		check += Reduce(ev, 0, func(a, x int) int { return a + x })
		check += Sum(sq) % 1000
	}
	fmt.Println(check)
}

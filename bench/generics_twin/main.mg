// generics_twin: bench/generics written by hand for int only (no type
// parameters): the figure generic code must stay within 10% of.
package main

import "fmt"

type IntStack struct {
	items []int
}

func (s *IntStack) Push(v int) { s.items = append(s.items, v) }

func (s *IntStack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *IntStack) Len() int { return len(s.items) }

func MapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func FilterInts(xs []int, keep func(int) bool) []int {
	out := xs[:0:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func ReduceInts(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func SumInts(xs []int) int {
	var s int
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
		var st IntStack
		for _, x := range xs {
			st.Push(x + round)
		}
		for st.Len() > 0 {
			check += st.Pop() & 7
		}
		sq := MapInts(xs, func(x int) int { return x * x % 1009 })
		ev := FilterInts(sq, func(x int) bool { return x%2 == 0 })
		check += ReduceInts(ev, 0, func(a, x int) int { return a + x })
		check += SumInts(sq) % 1000
	}
	fmt.Println(check)
}

// iter.Pull and iter.Pull2 turn iterators into next/stop pairs: values one call at a time, the zero value and false at the end and after stop, stop before the first next, stop running the iterator's cleanup
package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count cleanup")
		for i := range n {
			if !yield(i) {
				fmt.Println("  count told to stop at", i)
				return
			}
		}
	}
}

func Pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

// Zip pairs two sequences up, pulling from both.
func Zip(a, b iter.Seq[int]) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	fmt.Println(next())
	stop()
	stop()

	next, stop = iter.Pull(Count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())

	n2, s2 := iter.Pull2(iter.Seq2[string, int](Pairs))
	for {
		k, v, ok := n2()
		fmt.Printf("%q %d %v\n", k, v, ok)
		if !ok {
			break
		}
	}
	s2()

	_, st := iter.Pull(Count(2))
	st()
	fmt.Println("stopped before the first next")

	for x, y := range Zip(Count(3), Count(5)) {
		fmt.Println("zip", x, y)
	}
}

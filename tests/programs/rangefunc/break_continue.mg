// break and continue in range-over-func bodies: the iterator sees yield return false after break and runs its cleanup; labelled break and continue of outer loops of every kind
package main

import "fmt"

func count(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  cleanup", name)
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  ", name, "stopped at", i)
				return
			}
		}
		fmt.Println("  ", name, "exhausted")
	}
}

func main() {
	for x := range count("a", 5) {
		if x%2 == 0 {
			continue
		}
		if x > 2 {
			break
		}
		fmt.Println("a:", x)
	}

Outer:
	for i := 0; i < 3; i++ {
		for x := range count("b", 3) {
			if x == 1 && i == 0 {
				continue Outer
			}
			if x == 1 && i == 1 {
				break Outer
			}
			fmt.Println("b:", i, x)
		}
	}

Rows:
	for r := range count("rows", 3) {
		for c := range count("cols", 3) {
			if c > r {
				continue Rows
			}
			if r == 2 && c == 1 {
				break Rows
			}
			fmt.Println("cell", r, c)
		}
	}

	for x := range count("c", 4) {
		switch {
		case x == 0:
			continue
		case x == 1:
			break // leaves the switch only
		}
		for y := range 2 {
			if y == 1 {
				break
			}
			fmt.Println("c:", x, y)
		}
		if x == 2 {
			break
		}
	}

Sel:
	for x := range count("d", 3) {
		select {
		default:
			if x == 1 {
				break Sel
			}
		}
		fmt.Println("d:", x)
	}
}

// the panics of slices' functions: Delete/Insert/Replace out of range, Grow and Repeat with a negative count, Min/Max of an empty slice; one left uncaught
package main

import (
	"fmt"
	"slices"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	try("Delete", func() { slices.Delete(s, 2, 5) })
	try("Delete reversed", func() { slices.Delete(s, 2, 1) })
	try("Insert", func() { slices.Insert(s, 4, 9) })
	try("Replace", func() { slices.Replace(s, 1, 4, 0) })
	try("Grow", func() { slices.Grow(s, -1) })
	try("Repeat", func() { slices.Repeat(s, -2) })
	try("Max", func() { slices.Max([]string{}) })
	try("MinFunc", func() { slices.MinFunc([]int(nil), func(a, b int) int { return a - b }) })
	fmt.Println(s)
	var empty []float64
	fmt.Println(slices.Min(empty))
}

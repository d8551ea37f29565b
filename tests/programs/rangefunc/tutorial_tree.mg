// tutorial: an in-order iterator over a binary search tree, written recursively with yield passed down, with early exit stopping the walk
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

// walk reports false as soon as yield does, so the whole walk stops.
func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Key) && t.Right.walk(yield)
}

func (t *Tree) All(yield func(int) bool) {
	t.walk(yield)
}

var visited int

func (t *Tree) Depths(yield func(int, int) bool) {
	var rec func(*Tree, int) bool
	rec = func(n *Tree, d int) bool {
		if n == nil {
			return true
		}
		visited++
		return rec(n.Left, d+1) && yield(n.Key, d) && rec(n.Right, d+1)
	}
	rec(t, 0)
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k)
	}
	for k := range root.All {
		fmt.Print(k, " ")
	}
	fmt.Println()

	// The first key above 42: the walk stops there.
	for k := range root.All {
		if k > 42 {
			fmt.Println("first key above 42:", k)
			break
		}
	}

	for k, d := range root.Depths {
		fmt.Printf("%*s%d\n", d*2, "", k)
		if k == 60 {
			break
		}
	}
	fmt.Println("nodes visited before stopping:", visited)

	sum := 0
	for k := range root.All {
		sum += k
	}
	fmt.Println("sum:", sum)
}

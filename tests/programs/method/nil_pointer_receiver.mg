// a pointer-receiver method can be called on a nil pointer and check for nil
package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = t.L.Insert(v)
	} else {
		t.R = t.R.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.L.InOrder(visit)
	visit(t.V)
	t.R.InOrder(visit)
}

func main() {
	var root *Tree
	fmt.Println(root.Sum())
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root.Sum())
	root.InOrder(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
}

// a generic binary tree whose constraint refers to its own type parameter (T interface{ Less(T) bool })
package main

import "fmt"



func G[X any, Y any](x X) Y { var y Y; return y }

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
	val         T
}

type Num int

func (a Num) Less(b Num) bool { return a < b }

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v.Less(t.val) {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func main() {
	fmt.Println(G[int, string](1) == "")
	var tr *Tree[Num]
	for _, v := range []Num{5, 2, 8, 1} {
		tr = tr.Insert(v)
	}
	tr.Walk(func(n Num) { fmt.Print(n, " ") })
	fmt.Println()
}

// package scope is checked as a whole: interface assertions, method values and mutually embedding interfaces before their declarations
package main

import "fmt"

var _ Shape = (*Square)(nil)
var describe = sq.Describe
var sq = &Square{2}

type Shape interface{ Area() int }
type Square struct{ side int }

func (s *Square) Area() int        { return s.side * s.side }
func (s *Square) Describe() string { return fmt.Sprint("square of area ", s.Area()) }

type Node interface{ Parent() Tree }
type Tree interface{ Children() []Leaf }
type Leaf interface{ Node }

type node struct {
	name   string
	parent *tree
}

type tree struct{ leaves []Leaf }

func (n node) Parent() Tree        { return n.parent }
func (t *tree) Children() []Leaf  { return t.leaves }
func (t *tree) Parent() Tree       { return nil }

func main() {
	fmt.Println(describe())
	sq.side = 5
	fmt.Println(describe(), sq.Area())
	t := &tree{}
	t.leaves = append(t.leaves, node{"a", t}, node{"b", t})
	for _, l := range t.Children() {
		fmt.Println(l.(node).name, l.Parent() == Tree(t))
	}
	var n Node = t
	fmt.Println(n.Parent() == nil)
}

// generic named slices, maps and funcs with methods, a generic interface, embedding an instantiated type, a generic alias
package main

import (
	"fmt"
	"sort"
)

type List[T any] []T

func (l List[T]) Map(f func(T) T) List[T] {
	out := make(List[T], len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T] { return func(v T) bool { return !p(v) } }

type Container[T any] interface {
	Put(T)
	All() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) All() []T { return b.items }

func Fill[T any](c Container[T], vs ...T) {
	for _, v := range vs {
		c.Put(v)
	}
}

type Named struct {
	Bag[string]
	name string
}

type Vec[T any] = []T

type IntSet = Set[int]

func main() {
	l := List[int]{1, 2, 3}.Map(func(x int) int { return x * 3 })
	fmt.Printf("%v %T\n", l, l)
	s := Set[string]{}
	s.Add("b", "a")
	keys := make([]string, 0)
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, s.Has("a"), s.Has("z"))
	fmt.Printf("%T\n", s)
	even := Pred[int](func(x int) bool { return x%2 == 0 })
	fmt.Println(even(2), even.Not()(2))
	b := &Bag[float64]{}
	Fill[float64](b, 1.5, 2.5)
	fmt.Println(b.All())
	var c Container[float64] = b
	fmt.Printf("%T\n", c)
	n := Named{name: "n"}
	n.Put("x")
	n.Bag.Put("y")
	fmt.Println(n.All(), n.name)
	fmt.Printf("%+v\n", n)
	var v Vec[string] = []string{"p"}
	fmt.Printf("%v %T\n", v, v)
	is := IntSet{}
	is.Add(4)
	fmt.Printf("%v %T\n", is.Has(4), is)
}

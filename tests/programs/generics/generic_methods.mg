// methods with their own type parameters (Go 1.27) on non-generic types: inferred and explicit, value and pointer receivers, method constraints
package main

import (
	"fmt"
	"strconv"
)

type Box struct{ v int }

func (b Box) Map[T any](f func(int) T) T { return f(b.v) }

func (b *Box) Set[T ~int | ~int64](v T) { b.v = int(v) }

type Registry struct{ names []string }

func (r *Registry) Add[T fmt.Stringer](items ...T) int {
	for _, it := range items {
		r.names = append(r.names, it.String())
	}
	return len(r.names)
}

type Code int

func (c Code) String() string { return "C" + strconv.Itoa(int(c)) }

func main() {
	b := Box{3}
	fmt.Println(b.Map(func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(b.Map[float64](func(i int) float64 { return float64(i) / 2 }))
	b.Set(int64(9))
	fmt.Println(b.v)
	p := &b
	p.Set[Code](4)
	fmt.Println(p.Map(strconv.Itoa) + "!")
	var r Registry
	fmt.Println(r.Add(Code(1), Code(2)), r.names)
}

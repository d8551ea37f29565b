// generic struct types with several parameters: %T, %v, %+v and %#v of instances, methods and Stringer
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V2, K2] { return Pair[V2, K2]{} }

type V2 = int
type K2 = string

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Named struct{ N int }

type Labeled[T any] struct {
	Label string
	Value T
}

func (l Labeled[T]) String() string { return fmt.Sprintf("<%s: %v>", l.Label, l.Value) }

func main() {
	p := MakePair("one", 1)
	fmt.Printf("%T\n%v\n%+v\n%#v\n", p, p, p, p)
	q := Pair[Named, []Named]{Named{1}, nil}
	fmt.Printf("%T\n%#v\n", q, q)
	fmt.Printf("%T\n", p.Swap())
	ps := []Pair[string, bool]{{"a", true}, {Key: "b"}}
	fmt.Println(ps, len(ps))
	m := map[Pair[int, int]]string{{1, 2}: "x"}
	fmt.Println(m[Pair[int, int]{1, 2}], m[Pair[int, int]{2, 1}] == "")
	fmt.Println(Pair[int, int]{1, 2} == Pair[int, int]{1, 2})
	l := Labeled[float64]{"pi", 3.14}
	fmt.Println(l)
	fmt.Printf("%v %s %T\n", l, Labeled[[]int]{"xs", []int{1}}, l)
	var a any = Labeled[int]{"n", 7}
	switch v := a.(type) {
	case Labeled[string]:
		fmt.Println("string label", v)
	case Labeled[int]:
		fmt.Println("int label", v.Value)
	}
	_, ok := a.(fmt.Stringer)
	fmt.Println(ok)
}

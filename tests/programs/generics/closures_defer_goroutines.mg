// generic code with closures, method values, defer/recover, goroutines, a generic Option type with String, and pointers to T
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Counter[T comparable]() (func(T), func() map[T]int) {
	m := map[T]int{}
	return func(v T) { m[v]++ }, func() map[T]int { return m }
}

func SortedKeys[K ~string | ~int, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Safe[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func Parallel[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	done := make(chan int)
	for i, x := range xs {
		go func() {
			out[i] = f(x)
			done <- i
		}()
	}
	for range xs {
		<-done
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func main() {
	s := &Stack[string]{}
	push := s.Push
	push("a")
	push("b")
	fmt.Println(s.items)
	inc, get := Counter[string]()
	for _, w := range strings.Fields("a b a c a") {
		inc(w)
	}
	fmt.Println(get(), SortedKeys(get()))
	v, err := Safe(func() int { var a []int; return a[1] })
	fmt.Println(v, err)
	v2, err := Safe(func() string { return "ok" })
	fmt.Println(v2, err)
	fmt.Println(Parallel([]int{1, 2, 3}, func(x int) int { return x * 10 }))
	p := Ptr(3)
	*p++
	fmt.Println(*p, *Ptr("x"))
	o := Some(4.5)
	fmt.Println(o, Opt[int]{})
	x, ok := o.Get()
	fmt.Println(x, ok)
	fmt.Printf("%v %+v %T\n", []Opt[int]{Some(1)}, Some("s"), Some(Some(1)))
}

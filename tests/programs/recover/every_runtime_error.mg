// every run-time panic of SEMANTICS.md §6 is recoverable: its %T, whether it is a runtime.Error, and Go's message
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type I interface{ M() }
type J interface{ N() }
type T struct{ f int }

func (T) M() {}

type MyInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isError := r.(error)
		fmt.Printf("%-22s %-28T runtime.Error=%-5v error=%-5v %v\n", name, r, isRuntime, isError, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	str := "abc"
	x, neg, zero := 5, -2, 0
	var m map[string]int
	var p *T
	var pa *[3]int
	var fn func()
	var ni I
	var any1 any = 1
	var anyMy any = MyInt(1)
	var iT I = T{}
	var nilAny any
	var c chan int
	closed := make(chan int)
	close(closed)
	var key any = []int{1}
	var u1, u2 any = []int{1}, []int{1}
	type S struct{ v any }
	var wg sync.WaitGroup

	try("index slice", func() { _ = s[x] })
	try("index array", func() { _ = arr[x] })
	try("index string", func() { _ = str[x] })
	try("index uint", func() { _ = s[uint(15)] })
	try("index negative", func() { _ = s[neg] })
	try("slice cap", func() { _ = s[:x] })
	try("slice string len", func() { _ = str[:x] })
	try("slice array len", func() { _ = arr[:x] })
	try("slice inverted", func() { lo, hi := 2, 1; _ = s[lo:hi] })
	try("slice low", func() { _ = s[x:] })
	try("slice 3-index max", func() { _ = s[0:1:x] })
	try("slice 3-index hi>max", func() { hi, mx := 3, 2; _ = s[0:hi:mx] })
	try("nil map write", func() { m["k"] = 1 })
	try("nil map incr", func() { m["k"]++ })
	try("int divide", func() { _ = x / zero })
	try("int modulo", func() { _ = x % zero })
	try("int8 divide", func() { var a, b int8 = 1, 0; _ = a / b })
	try("nil pointer load", func() { _ = *p })
	try("nil pointer field", func() { _ = p.f })
	try("nil array pointer", func() { _ = pa[1] })
	try("nil func call", func() { fn() })
	try("nil iface method", func() { ni.M() })
	try("value method via nil", func() { p.M() })
	try("assert concrete", func() { _ = any1.(string) })
	try("assert named", func() { _ = anyMy.(int) })
	try("assert iface to ptr", func() { _ = iT.(*T) })
	try("assert missing method", func() { _ = any1.(I) })
	try("assert iface to iface", func() { _ = iT.(J) })
	try("assert nil any", func() { _ = nilAny.(int) })
	try("assert nil I", func() { _ = ni.(T) })
	try("assert nil to iface", func() { _ = nilAny.(I) })
	try("close nil chan", func() { close(c) })
	try("close closed chan", func() { close(closed) })
	try("send on closed", func() { closed <- 1 })
	try("makeslice len", func() { _ = make([]int, neg) })
	try("makeslice cap", func() { l, cp := 3, 2; _ = make([]int, l, cp) })
	try("makechan size", func() { _ = make(chan int, neg) })
	try("negative shift", func() { _ = x << neg })
	try("unhashable write", func() { mm := map[any]int{}; mm[key] = 1 })
	try("unhashable read", func() { mm := map[any]int{}; _ = mm[key] })
	try("unhashable delete", func() { mm := map[any]int{}; delete(mm, key) })
	try("uncomparable", func() { _ = u1 == u2 })
	try("uncomparable field", func() { a, b := any(S{[]int{1}}), any(S{[]int{1}}); _ = a == b })
	try("panic nil", func() { panic(nil) })
	try("negative WaitGroup", func() { wg.Add(-1) })
}

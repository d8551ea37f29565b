// method expressions on type literals in statement headers, slices, maps, defer and go; conversions of nil and short slices to zero-length arrays and array pointers
package main

import "fmt"

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Set(v int) { t.x = v }

func main() {
	if f := struct{ T }.Get; f != nil {
		fmt.Println("if header", f(struct{ T }{T{1}}))
	}
	for g := interface{ Get() int }.Get; g != nil; g = nil {
		fmt.Println("for header", g(T{2}))
	}
	switch h := (*struct{ T }).Set; {
	case h != nil:
		fmt.Println("switch header")
	}
	fs := []func(T) int{T.Get, (T).Get}
	fmt.Println(len(fs), fs[1](T{3}))
	m := map[string]func(*T, int){"set": (*T).Set}
	t := &T{}
	m["set"](t, 9)
	fmt.Println(t.x)
	var s []int
	fmt.Println((*[0]int)(s) == nil, len([0]int(s)))
	s2 := []int{1, 2, 3}
	p := (*[2]int)(s2)
	p[0] = 100
	fmt.Println(s2, *p, [3]int(s2))
	fmt.Println(interface{ Get() int }(T{4}).Get(), struct{ T }{T{5}}.Get())
	x := struct {
		T
		y int
	}{T{6}, 7}
	fmt.Println(x.Get(), struct {
		T
		y int
	}.Get(x))
	defer struct{ T }.Get(struct{ T }{})
	go interface{ Get() int }.Get(T{})
}

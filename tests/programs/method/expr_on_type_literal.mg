// method expressions on type literals: interface{...}.M, struct{ T }.M, (*struct{ T }).M and parenthesised forms
package main

import "fmt"

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Set(v int) { t.x = v }

func main() {
	f := interface{ Get() int }.Get
	g := struct{ T }.Get
	h := (*struct{ T }).Set
	k := (interface{ Get() int }).Get
	s := struct{ T }{T{3}}
	h(&s, 5)
	fmt.Println(f(T{1}), g(s), k(&s), s.x)
	fmt.Printf("%T\n%T\n%T\n", f, g, h)
	fmt.Println(interface{ Get() int }.Get(T{8}), struct{ T }.Get(s))
	p := (*struct {
		n int
		*T
	}).Get
	fmt.Println(p(&struct {
		n int
		*T
	}{1, &T{9}}))
	if g(s) != 5 {
		panic("fail")
	}
}

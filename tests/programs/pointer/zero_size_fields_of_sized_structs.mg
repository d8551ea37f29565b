// zero-size fields and elements inside an allocation that has a size keep distinct addresses; only whole zero-size allocations share one
package main

import "fmt"

type E struct{}

type S struct {
	x int
	a [0]int
	e E
	n [2]E
}

var s1, s2 = new(S), new(S)
var zero = new(E)
var arr1, arr2 = new([2]S), new([2]S)

func main() {
	fmt.Println(&s1.a == &s2.a, &s1.e == &s2.e, &s1.e == zero, &s1.n[1] == &s2.n[1])
	fmt.Println(&arr1[0].e == &arr2[0].e, &arr1[1].n == &arr1[1].n, &arr1[0].n[0] == &arr2[0].n[0])
	p, q := new([1]int), new([1]int)
	fmt.Println(p == q, len(p), *p == *q)
	t1, t2 := new(struct{ e, f E }), new(struct{ e, f E })
	fmt.Println(t1 == t2, &t1.e == &t2.f, &t1.e == zero)
	fmt.Printf("%v %v\n", t1, t2)
	if s1 == s2 || &s1.e == &s2.e {
		panic("fail")
	}
}

// heap allocations of zero-size types (new, &T{}, escaping variables, parts of them) all share one address, as gc's zerobase
package main

import "fmt"

type E struct{}
type Z struct {
	a [0]int
	b E
	c [4]struct{}
}

var p, q = new([0]int), new([0]int)
var e1, e2 = &struct{}{}, &struct{}{}
var z1, z2 = new(Z), &Z{}
var big1, big2 = new([5]struct{}), new([3]E)
var s1, s2 = new(struct{}), new(E)
var g1, g2 *E
var sinks []*E

func escape(x *E) *E {
	sinks = append(sinks, x)
	return x
}

func main() {
	fmt.Println("new:", p == q, e1 == e2, z1 == z2, s1 == e1, (*E)(s1) == s2)
	fmt.Println("elements:", &big1[0] == &big1[4], (*E)(&big1[1]) == &big2[2], &z1.c[3] == &z2.c[0])
	fmt.Println("fields:", &z1.a == &z2.a, &z1.b == (*E)(&big1[2]))
	g1, g2 = new(E), new(E)
	fmt.Println("stored in globals:", g1 == g2, g1 == (*E)(s1))
	var x, y E
	g1, g2 = &x, &y
	fmt.Println("escaping variables:", g1 == g2)
	a, b := escape(&E{}), escape(new(E))
	fmt.Println("escaping literals:", a == b, len(sinks))
	sl := make([]E, 3)
	sinks = append(sinks, &sl[0], &sl[2])
	fmt.Println("slice elements:", sinks[2] == sinks[3], sinks[3] == g1)
	fmt.Printf("%v %v %v %+v\n", p, e1, big2, z1)
	if p != q || g1 != g2 {
		panic("fail")
	}
}

// method sets through embedding: the shallowest method wins, equal depths cancel out, pointer methods only through pointers or embedded pointers
package main

import "fmt"

type A struct{ n int }

func (A) M() string  { return "A.M" }
func (A) N() string  { return "A.N" }
func (*A) P() string { return "A.P" }

type B struct{ A }

func (B) M() string { return "B.M" }

type C struct {
	B
	A
}

type D struct {
	B
	x int
}

type E struct {
	*D
}

type MI interface{ M() string }
type NI interface{ N() string }
type PI interface{ P() string }

func check(label string, x any) {
	_, m := x.(MI)
	_, n := x.(NI)
	_, p := x.(PI)
	s := label
	if mi, ok := x.(MI); ok {
		s += " " + mi.M()
	}
	if ni, ok := x.(NI); ok {
		s += " " + ni.N()
	}
	if pi, ok := x.(PI); ok {
		s += " " + pi.P()
	}
	fmt.Println(s, m, n, p)
}

var i1, i2 any = new(struct{}), new(struct{})

func main() {
	check("A", A{})
	check("*A", &A{})
	check("B", B{})
	check("*B", &B{})
	check("C", C{})
	check("*C", &C{})
	check("D", D{})
	check("*D", &D{})
	check("E", E{&D{}})
	check("*E", &E{&D{}})
	fmt.Println(D{}.M(), D{}.N(), E{&D{}}.P(), B.M(B{}), D.N(D{}))
	fmt.Println(i1 == i2)
}

// a three-level embedding chain (*B, value, *L1) with nil at each pointer level: direct calls, interfaces, method expressions, method values, defers and assertions
package main

import "fmt"

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

type B struct{ n int }

func (b B) V() int { return b.n + 1 }

func (b *B) P() int {
	if b == nil {
		return -1
	}
	return b.n + 2
}

type VI interface{ V() int }
type PI interface{ P() int }
type BI interface {
	V() int
	P() int
}

type L0 struct {
	*B
}

type L1 struct {
	tag string
	L0
}

type L2 struct {
	*L1
}

func main() {
	x0 := L2{L1: func() *L1 { v := L1{L0: L0{B: func() *B { v := B{7}; return &v }()}}; return &v }()}
	_ = x0
	try("c0.0 x0.V()", func() { fmt.Println(x0.V()) })
	try("c0.1 x0.P()", func() { fmt.Println(x0.P()) })
	try("c0.2 (&x0).P()", func() { fmt.Println((&x0).P()) })
	try("c0.3 VI(x0).V()", func() { fmt.Println(VI(x0).V()) })
	try("c0.4 PI(&x0).P()", func() { fmt.Println(PI(&x0).P()) })
	try("c0.5 L2.V(x0)", func() { fmt.Println(L2.V(x0)) })
	try("c0.6 (*L2).P(&x0)", func() { fmt.Println((*L2).P(&x0)) })
	try("c0.7 (*L2).V(&x0)", func() { fmt.Println((*L2).V(&x0)) })
	try("c0 mv", func() { f := x0.V; g := (&x0).P; fmt.Println("bound"); fmt.Println(f(), g()) })
	try("c0 defer", func() { defer func() { fmt.Println("d", recover() != nil) }(); defer x0.P(); defer x0.V() })
	try("c0 assert", func() { var a any = x0; _, ok1 := a.(VI); _, ok2 := a.(PI); var pa any = &x0; _, ok3 := pa.(BI); fmt.Println(ok1, ok2, ok3) })
	x1 := L2{L1: func() *L1 { v := L1{L0: L0{B: nil}}; return &v }()}
	_ = x1
	try("c1.0 x1.V()", func() { fmt.Println(x1.V()) })
	try("c1.1 x1.P()", func() { fmt.Println(x1.P()) })
	try("c1.2 (&x1).P()", func() { fmt.Println((&x1).P()) })
	try("c1.3 VI(x1).V()", func() { fmt.Println(VI(x1).V()) })
	try("c1.4 PI(&x1).P()", func() { fmt.Println(PI(&x1).P()) })
	try("c1.5 L2.V(x1)", func() { fmt.Println(L2.V(x1)) })
	try("c1.6 (*L2).P(&x1)", func() { fmt.Println((*L2).P(&x1)) })
	try("c1.7 (*L2).V(&x1)", func() { fmt.Println((*L2).V(&x1)) })
	try("c1 mv", func() { f := x1.V; g := (&x1).P; fmt.Println("bound"); fmt.Println(f(), g()) })
	try("c1 defer", func() { defer func() { fmt.Println("d", recover() != nil) }(); defer x1.P(); defer x1.V() })
	try("c1 assert", func() { var a any = x1; _, ok1 := a.(VI); _, ok2 := a.(PI); var pa any = &x1; _, ok3 := pa.(BI); fmt.Println(ok1, ok2, ok3) })
	x2 := L2{L1: nil}
	_ = x2
	try("c2.0 x2.V()", func() { fmt.Println(x2.V()) })
	try("c2.1 x2.P()", func() { fmt.Println(x2.P()) })
	try("c2.2 (&x2).P()", func() { fmt.Println((&x2).P()) })
	try("c2.3 VI(x2).V()", func() { fmt.Println(VI(x2).V()) })
	try("c2.4 PI(&x2).P()", func() { fmt.Println(PI(&x2).P()) })
	try("c2.5 L2.V(x2)", func() { fmt.Println(L2.V(x2)) })
	try("c2.6 (*L2).P(&x2)", func() { fmt.Println((*L2).P(&x2)) })
	try("c2.7 (*L2).V(&x2)", func() { fmt.Println((*L2).V(&x2)) })
	try("c2 mv", func() { f := x2.V; g := (&x2).P; fmt.Println("bound"); fmt.Println(f(), g()) })
	try("c2 defer", func() { defer func() { fmt.Println("d", recover() != nil) }(); defer x2.P(); defer x2.V() })
	try("c2 assert", func() { var a any = x2; _, ok1 := a.(VI); _, ok2 := a.(PI); var pa any = &x2; _, ok3 := pa.(BI); fmt.Println(ok1, ok2, ok3) })
}

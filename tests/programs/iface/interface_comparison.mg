// interface values compare by dynamic type and value
package main

import "fmt"

type A int
type B int

func main() {
	var x, y any = 1, 1
	fmt.Println(x == y)
	y = A(1)
	fmt.Println(x == y)
	var a1, a2 any = A(1), A(1)
	var b any = B(1)
	fmt.Println(a1 == a2, a1 == b)
	fmt.Println(x == 1, y == A(1), x != "1")
	s1, s2 := any("go"), any("go")
	fmt.Println(s1 == s2)
	var n1, n2 any
	fmt.Println(n1 == n2, n1 == nil)
	type P struct{ X int }
	p1, p2 := any(P{1}), any(P{1})
	fmt.Println(p1 == p2)
	var e1, e2 error = fmt.Errorf("x"), fmt.Errorf("x")
	fmt.Println(e1 == e2, e1 == e1)
}

// arrays of comparable elements compare element by element
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p := [2]Pt{{1, 2}, {3, 4}}
	q := p
	fmt.Println(p == q)
	q[1].Y = 5
	fmt.Println(p == q)
	s := [2]string{"a", "b"}
	fmt.Println(s == [2]string{"a", "b"})
	var z [0]int
	fmt.Println(z == [0]int{})
	var ifs [2]any = [2]any{1, "x"}
	fmt.Println(ifs == [2]any{1, "x"}, ifs == [2]any{1, 2})
}

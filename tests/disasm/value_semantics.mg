// aggregates are copied on assignment; a variable others point into is assigned in place
package main

type T struct {
	a  int
	in [2]int
}

func main() {
	x := T{1, [2]int{3, 4}}
	y := x
	q := &x.in[1]
	x = T{10, [2]int{30, 40}}
	println(*q, y.in[1], x.a)
}

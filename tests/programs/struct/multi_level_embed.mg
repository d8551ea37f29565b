// promotion through several levels of embedding; shallower depth wins
package main

import "fmt"

type A struct{ X int }

func (A) Who() string { return "A" }

type B struct {
	A
	Y int
}
type C struct {
	B
	X string
}

func (C) Extra() string { return "C" }

func main() {
	c := C{B{A{1}, 2}, "cx"}
	fmt.Println(c.X, c.B.X, c.A.X, c.Y, c.Who(), c.Extra())
	c.B.A.X = 7
	fmt.Printf("%+v\n", c)
}

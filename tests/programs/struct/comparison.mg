// struct equality compares all fields, including nested and interface fields
package main

import "fmt"

type Inner struct{ A, B int }
type Outer struct {
	I Inner
	S string
	V any
}

func main() {
	x := Outer{Inner{1, 2}, "s", 3}
	y := Outer{Inner{1, 2}, "s", 3}
	fmt.Println(x == y)
	y.V = int64(3)
	fmt.Println(x == y)
	y.V = 3
	y.I.B = 0
	fmt.Println(x == y, x != y)
	fmt.Println(Inner{} == Inner{0, 0})
}

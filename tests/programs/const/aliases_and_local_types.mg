// type aliases are the same type; local defined types are new types named main.T
package main

import "fmt"

type Celsius = float64
type Point struct{ X, Y int }
type P2 = Point

func main() {
	var c Celsius = 21.5
	var f float64 = c
	fmt.Printf("%T %T %v\n", c, f, c == f)
	p := P2{1, 2}
	fmt.Printf("%T %+v\n", p, p)
	type Local int
	type LocalAlias = Local
	var l LocalAlias = 3
	fmt.Printf("%T %v\n", l, l)
	var r rune = 'x'
	var b byte = 'y'
	fmt.Printf("%T %T\n", r, b)
}

// structs are values: assignment and calls copy, pointers share
package main

import "fmt"

type Point struct{ X, Y int }

func move(p Point) Point { p.X++; return p }
func movePtr(p *Point)    { p.X++ }

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	c := move(a)
	movePtr(&a)
	fmt.Println(a, b, c)
	type Box struct {
		P    Point
		Tags []string
	}
	x := Box{Point{0, 0}, []string{"t"}}
	y := x
	y.P.X = 5
	y.Tags[0] = "shared"
	fmt.Println(x, y)
}

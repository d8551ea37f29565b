// method expressions T.M and (*T).M take the receiver as first argument
package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Sum() int        { return p.X + p.Y }
func (p *Pt) Scale(k int)    { p.X *= k; p.Y *= k }
func (p Pt) Add(q Pt) Pt     { return Pt{p.X + q.X, p.Y + q.Y} }

func main() {
	sum := Pt.Sum
	scale := (*Pt).Scale
	add := Pt.Add
	p := Pt{1, 2}
	scale(&p, 3)
	fmt.Println(sum(p), p, add(p, Pt{10, 10}))
	psum := (*Pt).Sum
	fmt.Println(psum(&p))
	fmt.Printf("%T\n%T\n", sum, scale)
}

// methods declared after the variables, constants and functions that use them: method values, method expressions, promoted methods
package main

import "fmt"

var (
	area     = (*Rect).Area
	perim    = Rect.Perimeter
	bound    = box.Perimeter
	promoted = labelled.Perimeter()
	total    = sum(box, labelled.Rect)
)

var box = Rect{W: 2, H: 3}
var labelled = Labelled{Rect{1, 1}, "unit"}

func sum(rs ...Rect) int {
	n := 0
	for _, r := range rs {
		n += r.Area()
	}
	return n
}

type Labelled struct {
	Rect
	Label string
}

func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }
func (l Labelled) String() string { return fmt.Sprintf("%s %dx%d", l.Label, l.W, l.H) }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	fmt.Println(area(&box), perim(box), bound(), promoted, total)
	box.W = 10
	fmt.Println(area(&box), perim(box), bound())
	var s fmt.Stringer = labelled
	fmt.Println(s, labelled)
}

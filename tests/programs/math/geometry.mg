// a small numeric computation: distances, areas and rounding for output
package main

import (
	"fmt"
	"math"
)

type Pt struct{ X, Y float64 }

func dist(a, b Pt) float64 { return math.Sqrt(math.Pow(a.X-b.X, 2) + math.Pow(a.Y-b.Y, 2)) }

func main() {
	poly := []Pt{{0, 0}, {4, 0}, {4, 3}, {0, 3}}
	per := 0.0
	area := 0.0
	for i, p := range poly {
		q := poly[(i+1)%len(poly)]
		per += dist(p, q)
		area += p.X*q.Y - q.X*p.Y
	}
	fmt.Println(per, math.Abs(area)/2, dist(poly[0], poly[2]))
	r := 2.5
	fmt.Printf("%.4f %.4f\n", math.Pi*r*r, 2*math.Pi*r)
	fmt.Println(math.Floor(2.675*100+0.5)/100)
}

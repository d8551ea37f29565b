// new allocates a zeroed value and returns its address
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	ip := new(int)
	sp := new(string)
	pp := new(Pt)
	slp := new([]int)
	fmt.Println(*ip, *sp == "", *pp, *slp == nil)
	*ip = 4
	pp.X = 3
	*slp = append(*slp, 1)
	fmt.Println(*ip, *pp, *slp)
	a, b := new(int), new(int)
	fmt.Println(a == b, *a == *b)
}

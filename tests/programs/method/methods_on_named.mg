// methods on named non-struct types: ints, slices, maps, funcs
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type IntList []int
type Set map[string]bool
type Op func(int) int

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Push(v int) { *l = append(*l, v) }
func (s Set) Add(k string)   { s[k] = true }
func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	fmt.Println(Celsius(100).F())
	var l IntList
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Sum())
	s := Set{}
	s.Add("x")
	fmt.Println(s)
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
	fmt.Println(strings.ToUpper("done"))
}

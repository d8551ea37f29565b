// make with length and capacity gives zeroed elements of every type
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]string, 2, 4)
	c := make([]bool, 1)
	d := make([][]int, 2)
	e := make([]*int, 1)
	f := make([]float64, 0, 3)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	fmt.Println(c, d, d[0] == nil, e[0] == nil, f, cap(f))
	fmt.Println(b[:4], len(b[:4]))
}

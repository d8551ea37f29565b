// array literals with [...], index keys and zero fill
package main

import "fmt"

func main() {
	a := [...]string{"x", "y", "z"}
	b := [...]int{5: 1, 2, 0: 7}
	c := [5]int{1, 2}
	d := [...]bool{3: true}
	fmt.Println(len(a), a)
	fmt.Println(len(b), b)
	fmt.Println(c, d, len(d))
	m := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(m, len(m), len(m[0]))
	fmt.Printf("%T %T\n", a, m)
}

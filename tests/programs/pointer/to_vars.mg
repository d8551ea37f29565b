// pointers to local variables share the variable, even after the function returns
package main

import "fmt"

func newCounter() *int {
	c := 10
	return &c
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	c := newCounter()
	*c++
	fmt.Println(*c)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	pp := &p
	**pp = 3
	fmt.Println(x)
}

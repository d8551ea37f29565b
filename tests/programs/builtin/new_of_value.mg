// new(expr) (Go 1.26): a new variable of the value's type, initialised to a copy of the value; untyped constants take their default type
package main

import "fmt"

type point struct{ x, y int }

func double(n int) int { return 2 * n }

func main() {
	p := new(42)
	q := new(int64(7))
	r := new(point{1, 2})
	s := new("hi")
	f := new(1.5)
	c := new('x')
	b := new(1 < 2)
	fmt.Printf("%T %T %T %T %T %T %T\n", p, q, r, s, f, c, b)
	fmt.Println(*p, *q, *r, *s, *f, *c, *b)
	*p++
	r.x = 10
	fmt.Println(*p, *r)

	v := point{3, 4}
	pv := new(v)
	pv.y = 40
	fmt.Println(v, *pv)

	arr := [3]int{1, 2, 3}
	pa := new(arr)
	pa[0] = 100
	fmt.Println(arr, *pa)

	sl := []int{1, 2}
	ps := new(sl)
	(*ps)[0] = 9
	fmt.Println(sl, *ps)

	pd := new(double(21))
	pi := new(any(nil))
	pe := new(fmt.Errorf("boom"))
	fmt.Println(*pd, *pi, *pe)
	fmt.Printf("%T %T\n", pi, pe)
	x, y := new(0), new(0)
	fmt.Println(x == y, *x == *y)
}

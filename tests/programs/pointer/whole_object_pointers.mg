// Pointers made by &T{…}, new(T) and escaping aggregate variables: aliasing,
// identity (==, map keys, interfaces), *p = v in place, pointers into fields
// and elements that stay live across whole-value overwrites.
package main

import "fmt"

type T struct{ x, y int }

func (t T) Sum() int { return t.x + t.y }

func (t *T) Bump() { t.x++ }

type O struct {
	in  T
	arr [2]T
	n   int
}

func escape() (*T, func() *T) {
	var t T
	return &t, func() *T { return &t }
}

func main() {
	p := &T{1, 2}
	q := p
	q.x = 5
	fmt.Println(p.x, p == q, &T{} == &T{}, new(T) == new(T))
	*p = T{7, 8}
	fmt.Println(*q, q.Sum())
	v := *p
	v.x = 9
	fmt.Println(*p, v)
	p.Bump()
	q.Bump()
	fmt.Println(p.x, p.Sum())

	a := &[3]int{1, 2, 3}
	s := a[:]
	s[0] = 10
	fmt.Println(a[0], len(a), cap(s))
	*a = [3]int{4, 5, 6}
	fmt.Println(s, *a)
	for i, e := range a {
		fmt.Print(i, e, " ")
	}
	fmt.Println()
	b := a
	b[2] = 60
	fmt.Println(a[2], a == b, &a[2] == &s[2])

	e1, f := escape()
	fmt.Println(e1 == f(), f() == f())
	f().y = 3
	fmt.Println(*e1)

	o := &O{}
	pi := &o.in
	pa := &o.arr[1]
	pi.x = 3
	fmt.Println(o.in.x)
	o.arr = [2]T{{1, 1}, {2, 2}}
	fmt.Println(pa.x, *pa)
	o.in = T{4, 5}
	fmt.Println(*pi)
	*o = O{n: 1}
	fmt.Println(*pi, *pa, o.n)
	arr := &o.arr
	arr[0].y = 11
	fmt.Println(o.arr[0], len(arr))

	m := map[*T]int{p: 1}
	m[q]++
	m[&T{7, 8}] = 5
	fmt.Println(m[p], len(m))
	var i, j interface{} = p, q
	fmt.Println(i == j, i == interface{}(&T{}))

	na := new([2]T)
	na[1].x = 4
	(*na)[0].y = 2
	fmt.Println(*na)
	fmt.Printf("%v %+v\n", p, o)

	ts := []*T{{1, 1}, {2, 2}}
	ts[0], ts[1] = ts[1], ts[0]
	ts[0].x += 10
	fmt.Println(*ts[0], *ts[1])
	var np *T
	defer func() { fmt.Println("recovered:", recover()) }()
	np.x = 1
}

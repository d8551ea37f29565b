// assigning a whole struct or array keeps its storage: pointers into it see the new value
package main

import "fmt"

type Inner struct{ b, c int }

type Outer struct {
	a    Inner
	list [2]Inner
}

var global Outer

func main() {
	arr := [3]int{}
	p := &arr
	sl := arr[:]
	*p = [3]int{1, 2, 3}
	fmt.Println(sl, arr)

	t := &Outer{}
	pb := &t.a.b
	*t = Outer{a: Inner{5, 6}}
	fmt.Println(*pb, *t)

	var x Outer
	q := &x.a.b
	x.a = Inner{7, 8}
	fmt.Println(*q)
	r := &x.list[1].c
	x.list = [2]Inner{{1, 2}, {3, 4}}
	fmt.Println(*r)

	ts := []Inner{{1, 2}}
	pc := &ts[0].c
	ts[0] = Inner{3, 4}
	fmt.Println(*pc)

	gp := &global.list[0]
	global = Outer{list: [2]Inner{{9, 9}, {0, 0}}}
	fmt.Println(*gp)

	m := map[string]*Outer{"k": {}}
	mp := &m["k"].a
	m["k"].a = Inner{11, 12}
	*m["k"] = Outer{a: Inner{13, 14}}
	fmt.Println(*mp)
}

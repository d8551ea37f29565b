// method expressions of promoted methods (T.M, (*T).M, through value, pointer and interface embedding) walk to the embedded receiver
package main

import "fmt"

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Set(v int) { t.x = v }

type W struct {
	a string
	T
}

type WP struct {
	a string
	*T
}

type I interface{ Get() int }

type WI struct {
	b int
	I
}

func main() {
	w := W{"w", T{3}}
	fmt.Println(W.Get(w), (*W).Get(&w))
	(*W).Set(&w, 7)
	fmt.Println(w.x)

	wp := WP{"wp", &T{4}}
	fmt.Println(WP.Get(wp), (*WP).Get(&wp))
	WP.Set(wp, 9)
	fmt.Println(wp.x)
	(*WP).Set(&wp, 10)
	fmt.Println(wp.x)

	wi := WI{1, T{5}}
	fmt.Println(WI.Get(wi), (*WI).Get(&wi))

	get, set := W.Get, (*W).Set
	set(&w, 11)
	fmt.Println(get(w))
	fmt.Printf("%T %T %T\n", get, set, WI.Get)

	defer func() { fmt.Println("deferred", w.x) }()
	defer (*W).Set(&w, 12)
	if W.Get(w) != 11 || (*WP).Get(&wp) != 10 {
		panic("fail")
	}
}

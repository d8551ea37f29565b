// fmt prints a pointer to a struct as &{...} at top level
package main

import "fmt"

type Pt struct {
	X, Y int
	Name string
}

func main() {
	p := &Pt{1, 2, "a"}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	var np *Pt
	fmt.Println(np)
	fmt.Printf("%v %+v\n", np, np)
	arr := &[2]int{1, 2}
	sl := &[]string{"x"}
	m := &map[string]int{"k": 1}
	fmt.Println(arr, sl, m)
}

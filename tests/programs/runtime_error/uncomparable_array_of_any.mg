// comparing arrays or using map keys that hold slices inside interfaces panics at run time
package main

import "fmt"

type S struct {
	Tags []string
}

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	f()
}

func main() {
	a := [2]any{1, []int{1}}
	b := [2]any{1, []int{1}}
	c := [2]any{2, []int{1}}
	fmt.Println(a == c)
	try(func() { fmt.Println(a == b) })
	m := map[any]bool{}
	try(func() { m[S{}] = true })
	try(func() { m[[1]any{map[int]int{}}] = true })
	fmt.Println(len(m))
}

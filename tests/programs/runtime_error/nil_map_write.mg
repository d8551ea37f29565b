// writing to a nil map panics with a plain error, also via ++ and compound assignment
package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%T %v | %v\n", r, isErr, r)
	}()
	f()
}

func main() {
	var m map[string]int
	try(func() { m["a"] = 1 })
	try(func() { m["b"]++ })
	try(func() { m["c"] += 2 })
	var mm map[int][]int
	try(func() { mm[1] = append(mm[1], 1) })
	fmt.Println(len(m), m["a"])
}

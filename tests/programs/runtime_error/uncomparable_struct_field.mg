// comparing interfaces holding structs with an uncomparable field panics
package main

import "fmt"

type S struct {
	Name string
	Data []int
}

type W struct{ F any }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	a, b := W{1}, W{2}
	fmt.Println(a == b)
	c, d := W{[]int{}}, W{"x"}
	fmt.Println(c == d)
	var x, y any = S{"a", nil}, S{"a", nil}
	fmt.Println(x == y)
}

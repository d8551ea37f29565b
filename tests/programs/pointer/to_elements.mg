// pointers to slice and array elements alias the element; reallocation breaks the alias
package main

import "fmt"

func main() {
	s := make([]int, 2, 2)
	p := &s[1]
	*p = 5
	fmt.Println(s)
	s = append(s, 3)
	*p = 50
	fmt.Println(s, *p)
	arr := [3]string{"a", "b", "c"}
	q := &arr[0]
	*q = "A"
	fmt.Println(arr)
	type T struct{ v [2]int }
	t := T{}
	r := &t.v[1]
	*r = 9
	fmt.Println(t)
}

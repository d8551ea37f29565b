// nil slices and empty slices: len, cap, == nil, printing and appending
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b)
	fmt.Printf("%v %#v %#v\n", a, a, b)
	a = append(a, 1)
	fmt.Println(a, a == nil)
	for i, v := range []string(nil) {
		fmt.Println("never", i, v)
	}
	d := b[:0]
	fmt.Println(d == nil, a[:0] == nil)
}

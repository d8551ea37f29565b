// operands, call arguments and assignments are evaluated left to right
package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(r, trace)
	trace = nil
	s := []int{0, 0, 0}
	s[v("idx", 1)] = v("val", 5)
	fmt.Println(s, trace)
	trace = nil
	fmt.Println(v("x", 1), v("y", 2), v("z", 3))
	fmt.Println(trace)
	i := 0
	arr := []int{10, 20, 30}
	i, arr[i] = 1, 99
	fmt.Println(i, arr)
}

// comparing interfaces holding the same uncomparable type panics
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	var a, b any = 1, "x"
	fmt.Println(a == b)
	a, b = []int{1}, map[string]int{}
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}

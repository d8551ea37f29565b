// converting a too-short slice to an array or array pointer panics
package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	try(func() { _ = [4]int(s) })
	try(func() { _ = (*[5]int)(s) })
	var ns []int
	try(func() { _ = [1]int(ns) })
	p := (*[0]int)(ns)
	fmt.Println(p == nil, len([3]int(s)))
}

// make with negative or inconsistent lengths panics; negative map hint does not
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
	n, small, big := -1, 2, 5
	try(func() { _ = make([]int, n) })
	try(func() { _ = make([]int, big, small) })
	try(func() { _ = make([]int, 1, n) })
	try(func() { _ = make([]byte, 1<<62) })
	m := make(map[string]int, n)
	m["ok"] = 1
	fmt.Println(m)
}

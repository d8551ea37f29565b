// index out of range on slices, arrays and strings, recovered with %T and %v
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T | %v\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{}
	str := "abc"
	i := 5
	neg := -2
	try("slice", func() { _ = s[i] })
	try("array", func() { _ = arr[i] })
	try("string", func() { _ = str[i] })
	try("negative", func() { _ = s[neg] })
	try("uint index", func() { _ = s[uint(15)] })
	try("store", func() { s[i] = 1 })
	try("empty", func() { var e []string; _ = e[0] })
}

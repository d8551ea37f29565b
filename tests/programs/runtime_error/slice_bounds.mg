// every shape of slice-bounds error message
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
	arr := [3]int{}
	str := "abc"
	x, one, two, m1, three := 5, 1, 2, -1, 3
	try(func() { _ = s[:x] })
	try(func() { _ = str[:x] })
	try(func() { _ = arr[:x] })
	try(func() { _ = s[two:one] })
	try(func() { _ = s[x:] })
	try(func() { _ = s[m1:] })
	try(func() { _ = s[:m1] })
	try(func() { _ = s[0:1:x] })
	try(func() { _ = s[0:three:two] })
	try(func() { _ = s[two:one:two] })
	try(func() { _ = s[0:1:m1] })
	try(func() { _ = str[two:one] })
}

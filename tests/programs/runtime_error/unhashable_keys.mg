// unhashable dynamic key types panic differently for writes and reads
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
	m := map[any]int{}
	var k any = []int{1}
	try(func() { m[k] = 1 })
	try(func() { m[k]++ })
	try(func() { _ = m[k] })
	try(func() { _, _ = m[k] })
	try(func() { delete(m, k) })
	try(func() { m[map[string]int{}] = 2 })
	fmt.Println(len(m))
}

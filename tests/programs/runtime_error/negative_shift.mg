// shifting by a negative signed count panics
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
	n := -1
	var n8 int8 = -3
	try(func() { _ = 1 << n })
	try(func() { _ = 8 >> n8 })
	try(func() { x := 4; x <<= n })
	n = 70
	fmt.Println(1<<n, -8>>n)
}

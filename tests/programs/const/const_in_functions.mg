// constants declared inside functions and blocks, with iota restarting per group
package main

import "fmt"

func sizes() []int {
	const (
		small = iota + 1
		medium
		large
	)
	return []int{small, medium, large}
}

func main() {
	fmt.Println(sizes())
	const limit = 3
	for i := 0; i < limit; i++ {
		const tag = "loop"
		fmt.Print(tag, i, " ")
	}
	fmt.Println()
	const (
		a = iota
		b
	)
	const c = iota
	fmt.Println(a, b, c)
}

// variadic parameters: zero args, several args, spread slice shares storage
package main

import "fmt"

func sum(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	fmt.Println(label, len(nums), nums == nil, total)
	return total
}

func mutate(xs ...int) { xs[0] = 99 }

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	s := []int{4, 5}
	sum("spread", s...)
	mutate(s...)
	fmt.Println(s)
	mutate(7, 8)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	args := []any{"x", 1}
	fmt.Println(args...)
}

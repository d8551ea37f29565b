// a closure can call itself through a variable declared before it
package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	var walk func(n int) []int
	walk = func(n int) []int {
		if n == 0 {
			return nil
		}
		return append(walk(n-1), n)
	}
	fmt.Println(walk(5))
}

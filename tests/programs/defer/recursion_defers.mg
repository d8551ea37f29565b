// each recursive frame runs its own defers as it returns
package main

import "fmt"

func countdown(n int) {
	defer fmt.Println("leave", n)
	fmt.Println("enter", n)
	if n > 0 {
		countdown(n - 1)
	}
}

func sum(n int) (total int) {
	defer func() { total += n }()
	if n == 0 {
		return 0
	}
	return sum(n - 1)
}

func main() {
	countdown(3)
	fmt.Println(sum(10))
}

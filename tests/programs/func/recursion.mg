// recursive and mutually recursive functions
package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(fact(20), fact(21))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println(moves)
	fmt.Println(ackermann(2, 3))
	depth := 0
	var deep func(n int)
	deep = func(n int) {
		if n == 0 {
			return
		}
		depth++
		deep(n - 1)
	}
	deep(100000)
	fmt.Println(depth)
}

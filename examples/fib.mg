// fib.mg: Fibonacci numbers three ways — naive recursion, a loop, and a memoizing closure.
package main

import "fmt"

// fibRec is the textbook exponential recursion.
func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

// fibLoop keeps only the last two values.
func fibLoop(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

// memo returns a Fibonacci function that remembers every value it computed.
func memo() func(int) uint64 {
	cache := map[int]uint64{0: 0, 1: 1}
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}

func main() {
	for i := 0; i <= 15; i++ {
		fmt.Print(fibRec(i), " ")
	}
	fmt.Println()
	fmt.Println("fib(25) =", fibRec(25))
	fmt.Println("fib(90) =", fibLoop(90))
	fib := memo()
	fmt.Println("fib(93) =", fib(93), "(the largest that fits in uint64)")
	fmt.Println("fib(94) wraps around to", fibLoop(94))
}

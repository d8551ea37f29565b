// pipeline.mg: stages connected by channels — generate, filter primes, square, sum.
// Each stage is a goroutine that closes its output when its input is exhausted.
package main

import "fmt"

func generate(limit int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 2; i <= limit; i++ {
			out <- i
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func mapStage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func isPrime(n int) bool {
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return n >= 2
}

func main() {
	primes := filter(generate(50), isPrime)
	squares := mapStage(primes, func(v int) int { return v * v })
	sum := 0
	for sq := range squares {
		fmt.Print(sq, " ")
		sum += sq
	}
	fmt.Println()
	fmt.Println("sum of squared primes up to 50:", sum)
}

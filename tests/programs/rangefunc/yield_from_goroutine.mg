// an iterator may call yield from a goroutine of its own while it waits: the body's break, return and defer still act on the loop's function
package main

import "fmt"

// produce runs yield on a worker goroutine, one value at a time.
func produce(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		done := make(chan bool)
		go func() {
			defer close(done)
			for i := 0; i < n; i++ {
				if !yield(i) {
					fmt.Println("  worker told to stop at", i)
					return
				}
			}
		}()
		<-done
	}
}

func sum(n int) (total int) {
	defer fmt.Println("sum's own defer")
	for x := range produce(n) {
		defer fmt.Println("deferred by the body for", x)
		total += x
	}
	return total
}

func firstAbove(limit int) int {
	for x := range produce(10) {
		if x*x > limit {
			return x
		}
	}
	return -1
}

func main() {
	fmt.Println("sum:", sum(3))
	fmt.Println("first above 20:", firstAbove(20))
	for x := range produce(5) {
		if x == 2 {
			break
		}
		fmt.Println("main got", x)
	}
}

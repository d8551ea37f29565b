// when several select cases are ready one is chosen at random, but the totals are deterministic
package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
	}
	sum, n := 0, 0
	for n < 200 {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		}
		n++
	}
	fmt.Println(sum, len(a), len(b))
}

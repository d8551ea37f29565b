// a thousand goroutines send results on one channel; the total is order independent
package main

import "fmt"

func main() {
	const n = 1000
	results := make(chan int)
	for i := 1; i <= n; i++ {
		go func() { results <- i * 2 }()
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}

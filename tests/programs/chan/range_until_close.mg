// range over a channel ends when the sender closes it
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	total := 0
	for v := range gen(10) {
		total += v
	}
	fmt.Println(total)
	count := 0
	for range gen(3) {
		count++
	}
	fmt.Println(count)
}

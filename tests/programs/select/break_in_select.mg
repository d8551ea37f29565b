// break inside select leaves only the select; a labelled break leaves the loop
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	count := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 1 {
				break
			}
			count++
			fmt.Println("even", v)
		}
	}
	fmt.Println("count", count)
}

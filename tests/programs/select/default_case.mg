// select with default never blocks: it picks default when no case is ready
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 6
	select {
	case ch <- 7:
		fmt.Println("sent")
	default:
		fmt.Println("buffer full")
	}
}

// sending on a nil channel inside select with default falls through to default
package main

import "fmt"

func main() {
	var out chan int
	for i := 0; i < 2; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("nil channel never ready", i)
		}
		if out == nil {
			out = make(chan int, 1)
		}
	}
	fmt.Println(<-out)
}

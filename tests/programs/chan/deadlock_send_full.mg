// sending on a full buffered channel with no receiver deadlocks
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("first send fits the buffer")
	ch <- 2
	fmt.Println("not reached")
}

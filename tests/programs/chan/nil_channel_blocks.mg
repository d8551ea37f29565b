// operations on a nil channel block forever, leading to deadlock
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	ch <- 1
}

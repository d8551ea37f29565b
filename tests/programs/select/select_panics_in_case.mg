// a panic in a select case body unwinds normally and can be recovered
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	ch := make(chan int, 1)
	ch <- 0
	select {
	case v := <-ch:
		fmt.Println("received", v)
		fmt.Println(10 / v)
	}
}

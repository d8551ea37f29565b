// checks: sending on a receive-only channel
package main

func main() {
	ch := make(<-chan int)
	ch <- 1
}

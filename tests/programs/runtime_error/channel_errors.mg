// close of nil channel, close of closed channel and send on closed channel
package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	f()
}

func main() {
	var nilCh chan int
	try(func() { close(nilCh) })
	ch := make(chan int, 1)
	close(ch)
	try(func() { close(ch) })
	try(func() { ch <- 1 })
	v, ok := <-ch
	fmt.Println(v, ok)
	n := -1
	try(func() { _ = make(chan int, n) })
}

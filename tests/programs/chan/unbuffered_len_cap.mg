// an unbuffered channel always has len and cap 0; a blocked sender does not change len
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println(len(ch), cap(ch))
	sent := make(chan bool)
	go func() {
		ch <- 42
		sent <- true
	}()
	fmt.Println(<-ch, len(ch))
	<-sent
	fmt.Println("sender finished")
}

// buffered channels queue values FIFO; len and cap track the buffer
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println(len(ch))
}

// receiving from a closed channel drains buffered values then yields zero values with ok=false
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	type T struct{ A string }
	tc := make(chan T)
	close(tc)
	fmt.Printf("%+v\n", <-tc)
}

// receiving from a channel nobody sends on is a deadlock with exit 2
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}

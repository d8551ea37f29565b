// a closed channel is always ready in select and yields ok=false
package main

import "fmt"

func main() {
	quit := make(chan struct{})
	close(quit)
	for i := 0; i < 2; i++ {
		select {
		case _, ok := <-quit:
			fmt.Println("quit ready, ok =", ok)
		}
	}
	data := make(chan int)
	select {
	case <-quit:
		fmt.Println("quit chosen since data has no sender")
	case v := <-data:
		fmt.Println("unexpected", v)
	}
}

// when main and every goroutine are blocked the runtime reports a deadlock
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	fmt.Println("main waits on b while the goroutine waits on a")
	<-b
}

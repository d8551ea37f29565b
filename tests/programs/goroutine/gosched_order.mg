// channels order output between goroutines; Gosched yields without changing the result
package main

import (
	"fmt"
	"runtime"
)

func main() {
	turn := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			v := <-turn
			runtime.Gosched()
			fmt.Println("goroutine got", v)
			turn <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 3; i++ {
		turn <- v
		v = <-turn
		fmt.Println("main got", v)
	}
	<-done
}

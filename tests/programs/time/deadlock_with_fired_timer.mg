// A timer that fired with nobody receiving does not keep a blocked program alive: Go reports the deadlock, listing only the program's goroutines
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("timer and ticker fired, nobody receives", t != nil, tk != nil)
	block := make(chan int)
	<-block
}

// os.Exit in another goroutine ends the whole program with its code
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main's defer is not run")
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine exits the program")
		os.Exit(3)
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}

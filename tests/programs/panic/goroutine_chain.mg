// a panic chain inside a non-main goroutine prints the same way and exits 2
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("goroutine recovered", r, "and panics again")
			panic(fmt.Sprint("after ", r))
		}()
		panic("in goroutine")
	}()
	<-done
}

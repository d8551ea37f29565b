// select with no cases blocks forever; with nothing else running it is a deadlock
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker finished")
		done <- true
	}()
	<-done
	select {}
}

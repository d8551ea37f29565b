// an unrecovered panic in a goroutine runs only that goroutine's defers and exits 2
package main

import "fmt"

func main() {
	defer fmt.Println("main's defer does not run")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer runs")
		var m map[string]int
		m["x"] = 1
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}

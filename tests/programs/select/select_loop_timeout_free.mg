// a for-select loop with a done channel stops a worker deterministically
package main

import "fmt"

func main() {
	jobs := make(chan int)
	done := make(chan struct{})
	results := make(chan string)
	go func() {
		for {
			select {
			case j := <-jobs:
				results <- fmt.Sprint("job ", j, " done")
			case <-done:
				results <- "worker stopping"
				return
			}
		}
	}()
	for i := 1; i <= 3; i++ {
		jobs <- i
		fmt.Println(<-results)
	}
	close(done)
	fmt.Println(<-results)
}

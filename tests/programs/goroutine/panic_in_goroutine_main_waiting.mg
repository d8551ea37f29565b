// a panic in a goroutine crashes even though main is blocked waiting
package main

import "fmt"

type Job struct{ ID int }

func (j Job) Run() int {
	if j.ID == 2 {
		panic(fmt.Sprintf("job %d failed", j.ID))
	}
	return j.ID * 10
}

func main() {
	results := make(chan int)
	ack := make(chan bool)
	go func() {
		for _, j := range []Job{{1}, {2}, {3}} {
			results <- j.Run()
			<-ack
		}
	}()
	fmt.Println(<-results)
	ack <- true
	fmt.Println(<-results)
}

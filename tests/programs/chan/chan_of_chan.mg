// channels of channels implement request and reply
package main

import "fmt"

type Request struct {
	N     int
	Reply chan int
}

func server(reqs <-chan Request) {
	for r := range reqs {
		r.Reply <- r.N * r.N
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		reply := make(chan int)
		reqs <- Request{i, reply}
		fmt.Println(i, "->", <-reply)
	}
	close(reqs)
}

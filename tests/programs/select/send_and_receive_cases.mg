// select with both send and receive cases, where exactly one is ready each time
package main

import "fmt"

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 1
	for step := 0; step < 4; step++ {
		select {
		case v := <-in:
			fmt.Println("step", step, "received", v)
			out <- v * 10
		case v := <-out:
			fmt.Println("step", step, "forwarded", v)
			if v < 100 {
				in <- v
			}
		}
	}
	fmt.Println(len(in), len(out))
}

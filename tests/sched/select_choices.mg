// Which of two always-ready select cases runs, 20 times: the choices depend
// only on `minigo run --seed N` (default 0).
package main

import "fmt"

func main() {
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	s := ""
	for i := 0; i < 20; i++ {
		select {
		case <-a:
			s += "a"
		case <-b:
			s += "b"
		}
	}
	fmt.Println(s)
}

// select picks the only ready case among several
package main

import "fmt"

func main() {
	a := make(chan string, 1)
	b := make(chan string, 1)
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			a <- fmt.Sprint("a", i)
		} else {
			b <- fmt.Sprint("b", i)
		}
		select {
		case s := <-a:
			fmt.Println("from a:", s)
		case s := <-b:
			fmt.Println("from b:", s)
		}
	}
}

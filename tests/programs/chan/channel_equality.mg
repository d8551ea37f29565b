// channel values compare equal when they refer to the same channel
package main

import "fmt"

func main() {
	a := make(chan int)
	b := a
	c := make(chan int)
	fmt.Println(a == b, a == c)
	var n chan int
	fmt.Println(n == nil, a != nil)
	m := map[chan int]string{a: "a", c: "c"}
	fmt.Println(m[b], len(m))
}

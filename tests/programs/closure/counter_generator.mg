// each call to the factory creates an independent captured counter
package main

import "fmt"

func counter(start int) (func() int, func()) {
	n := start
	return func() int { n++; return n }, func() { n = start }
}

func main() {
	next, reset := counter(10)
	other, _ := counter(100)
	fmt.Println(next(), next(), other(), next())
	reset()
	fmt.Println(next(), other())
}

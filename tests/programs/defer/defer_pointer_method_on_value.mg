// deferring a pointer method on an addressable value takes its address at defer time
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Report() { fmt.Println("pointer method sees", c.n) }
func (c Counter) Snap()    { fmt.Println("value method saw", c.n) }

func main() {
	var c Counter
	defer c.Report()
	defer c.Snap()
	for i := 0; i < 5; i++ {
		c.n += i
	}
	fmt.Println("final", c.n)
}

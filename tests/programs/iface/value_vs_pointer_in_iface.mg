// an interface holding a value copies it; holding a pointer shares it
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func main() {
	c := Counter{1}
	var g Getter = c
	c.n = 5
	fmt.Println(g.Get(), c.Get())
	var i Incer = &c
	i.Inc()
	fmt.Println(i.Get(), c.n)
	var g2 Getter = &c
	c.n = 100
	fmt.Println(g2.Get())
}

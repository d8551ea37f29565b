// pointer-receiver methods on addressable values take their address automatically
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.n)
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[0].Inc()
	fmt.Println(arr)
	p := &Counter{5}
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())
	type W struct{ C Counter }
	w := W{}
	w.C.Inc()
	fmt.Println(w)
}

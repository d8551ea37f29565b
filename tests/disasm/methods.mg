// value and pointer receivers, auto-address, interface dispatch, method values
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) String() string { return fmt.Sprint("count=", c.n) }

type Stringer interface{ String() string }

func main() {
	var c Counter
	c.Inc()
	inc := c.Inc
	inc()
	var s Stringer = c
	fmt.Println(s.String(), c)
}

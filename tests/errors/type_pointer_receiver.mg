// checks: a method with pointer receiver is not in the value's method set
package main

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var c C
	var i Counter = c
	i.Inc()
}

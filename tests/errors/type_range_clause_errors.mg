// range clauses Go rejects: two variables over an integer, an untyped constant that overflows int, a send-only channel, a struct
package main

type Out chan<- int

func main() {
	const n = 3
	var k, v int
	for k, v = range n {
	}
	for i, j := range 10 {
		_, _ = i, j
	}
	for i := range 1 << 70 {
		_ = i
	}
	var c chan<- int
	for range c {
	}
	var o Out
	for range o {
	}
	var s struct{}
	for range s {
	}
	_, _ = k, v
}

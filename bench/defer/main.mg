// Ten million calls of a function with one deferred call (the `defer
// mu.Unlock()` / `defer f.Close()` shape: a named function with an argument):
// measures registering a deferred call and running it at the normal return.
package main

import "fmt"

var released int

func release(k int) { released += k }

func work(i int) int {
	defer release(i & 3)
	return i & 7
}

func main() {
	const n = 10000000
	sum := 0
	for i := 0; i < n; i++ {
		sum += work(i)
	}
	fmt.Println("calls", n, "checksum", sum+released)
}

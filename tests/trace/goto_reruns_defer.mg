// a backward goto that re-runs a defer statement registers the deferred call again; a goto out of a loop keeps the loop's defers
package main

import "fmt"

func attempts() {
	n := 0
retry:
	n++
	defer fmt.Println("deferred at attempt", n)
	if n < 3 {
		goto retry
	}
	for i := 0; i < 5; i++ {
		defer fmt.Println("loop defer", i)
		if i == 1 {
			goto out
		}
	}
out:
	fmt.Println("returning")
}

func main() {
	attempts()
}

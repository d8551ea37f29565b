// checks: a forward goto may skip constant, type and empty var declarations and variables declared in nested blocks; the skipped nested code does not run
package main

import "fmt"

func main() {
	n := 0
	goto past
	{
		skipped := 1
		n += skipped
		fmt.Println("never printed")
	}
	const limit = 3
	type pair struct{ a, b int }
	var ()
	if n > 0 {
		inner := n
		fmt.Println("never printed either", inner)
	}
past:
	fmt.Println(n, limit, pair{1, 2})
	for i := 0; i < limit; i++ {
		if i == 1 {
			goto next
		}
		{
			twice := i * 2
			fmt.Println("i", i, "twice", twice)
		}
	next:
	}
}

// checks: one label used by goto and by break/continue, labels on declarations, blocks and if statements, and goto to the label of the statement containing it
package main

import "fmt"

func main() {
	tries := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	tries++
	if tries < 2 {
		goto outer
	}

	n := 0
decl:
	v := n * 2
	n++
	if n < 3 {
		goto decl
	}
	fmt.Println("v =", v, "n =", n)

	count := 0
blk:
	{
		count++
		if count < 4 {
			goto blk
		}
	}
	fmt.Println("count", count)

	x := 5
cond:
	if x > 0 {
		x -= 2
		goto cond
	}
	fmt.Println("x", x)

	calls := 0
self:
	switch {
	case calls < 2:
		calls++
		goto self
	}
	fmt.Println("calls", calls)
}

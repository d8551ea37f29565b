// goto lowers to plain jumps: a backward goto loop, a forward goto out of two loops, and a declaration re-run by a backward goto boxing a fresh cell each time
package main

import "fmt"

func main() {
	var fs []func() int
	i := 0
again:
	v := i * i
	fs = append(fs, func() int { return v })
	i++
	if i < 3 {
		goto again
	}
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				goto found
			}
		}
	}
	fmt.Println("none")
found:
	fmt.Println(fs[0](), fs[1](), fs[2]())
}

// checks: a backward goto re-executing a declaration makes a new variable each time (seen by closures); one declared before the label stays shared
package main

import "fmt"

func main() {
	var fs []func() int
	shared := 0
	i := 0
again:
	x := i * 10
	var y int
	y = i
	fs = append(fs, func() int {
		x++
		shared++
		return x + y
	})
	i++
	if i < 3 {
		goto again
	}
	for _, f := range fs {
		fmt.Println(f(), f())
	}
	fmt.Println("shared:", shared, "last x:", x, "i:", i)

	var ps []*int
	k := 0
next:
	v := k
	ps = append(ps, &v)
	k++
	if k < 4 {
		goto next
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println(ps[0] != ps[1])
}

// closures capture variables by reference, not by value
package main

import "fmt"

func main() {
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	fmt.Println(get())
	x = 2
	fmt.Println(get())
	set(3)
	fmt.Println(x, get())
	fns := []func(){}
	for _, name := range []string{"a", "b"} {
		fns = append(fns, func() { fmt.Println("name", name, "x", x) })
	}
	x = 4
	for _, f := range fns {
		f()
	}
}

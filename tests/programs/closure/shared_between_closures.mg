// two closures created in the same scope share one captured variable
package main

import "fmt"

func pair() (func(), func() int) {
	count := 0
	return func() { count += 2 }, func() int { return count }
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	inc2, get2 := pair()
	inc2()
	fmt.Println(get(), get2())
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add()
	fmt.Println(total)
}

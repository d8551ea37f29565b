// closures: calling function values and closures that capture mutable state —
// measures closure creation, indirect calls and captured-variable access.
package main

import "fmt"

func counter() (func() int, func(int)) {
	n := 0
	next := func() int {
		n++
		return n
	}
	add := func(d int) {
		n += d
	}
	return next, add
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	total := 0
	next, add := counter()
	inc := func(x int) int { return x + 1 }
	double := func(x int) int { return x * 2 & 0xFFFFF }
	h := compose(inc, double)
	for i := 0; i < 1500000; i++ {
		add(i & 3)
		total += next() & 0xFF
		total = h(total)
	}
	// Fresh closures in a loop, each capturing its own variable.
	fs := make([]func() int, 0, 100)
	for r := 0; r < 3000; r++ {
		fs = fs[:0]
		for i := 0; i < 100; i++ {
			fs = append(fs, func() int { return i * r })
		}
		for _, f := range fs {
			total = (total + f()) & 0xFFFFFF
		}
	}
	fmt.Println(total)
}

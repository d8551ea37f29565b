// defer inside a range-over-func body belongs to the enclosing function: it runs when that function returns, after the iterator's own deferred calls, LIFO with the function's other defers
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator's defer")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func work() (result int) {
	defer fmt.Println("work's first defer")
	for x := range count(3) {
		defer fmt.Println("deferred in body, x =", x)
		defer func() { result += x }()
		fmt.Println("body", x)
	}
	fmt.Println("after the loop")
	return 100
}

func nested() {
	for i := range count(2) {
		for j := range count(2) {
			defer fmt.Println("nested defer", i, j)
		}
	}
	fmt.Println("nested returns")
}

type closer struct{ name string }

func (c *closer) Close() { fmt.Println("closing", c.name) }

func breakEarly() {
	for x := range count(5) {
		c := &closer{fmt.Sprint("file", x)}
		defer c.Close()
		if x == 1 {
			break
		}
	}
	fmt.Println("breakEarly returns")
}

func main() {
	fmt.Println("result:", work())
	nested()
	breakEarly()
	func() {
		for x := range count(2) {
			defer func(v int) { fmt.Println("argument evaluated at defer:", v) }(x * 10)
		}
	}()
}

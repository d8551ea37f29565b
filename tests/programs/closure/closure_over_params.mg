// closures capture parameters and results of the enclosing function
package main

import "fmt"

func adder(base int) func(int) int {
	return func(d int) int {
		base += d
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	a := adder(5)
	fmt.Println(a(1), a(2), a(3))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
}

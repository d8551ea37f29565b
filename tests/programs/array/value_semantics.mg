// arrays are values: assignment, passing and returning copy them
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	c := double(a)
	fmt.Println(a, b, c)
	doublePtr(&a)
	fmt.Println(a)
	for i, v := range a {
		a[2] = 0
		fmt.Println(i, v)
	}
	fmt.Println(a)
}

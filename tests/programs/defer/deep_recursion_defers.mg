// ten thousand nested frames each with a deferred call unwind in order on return and on panic
package main

import "fmt"

var unwound int

func down(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func downPanic(n int) {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprint("bottom reached, unwound so far: ", unwound))
	}
	downPanic(n - 1)
}

func main() {
	fmt.Println(down(10000), unwound)
	unwound = 0
	func() {
		defer func() { fmt.Println("recovered:", recover(), "| unwound:", unwound) }()
		downPanic(10000)
	}()
}

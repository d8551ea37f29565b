// recovering in a deferred call while another deferred call is still pending in the same frame
// from: src/runtime/testdata/testprog/crash.go RecursivePanic5 (re-expressed)
package main

import "fmt"

func one() { two(); fmt.Println("one continues") }

func two() {
	defer func() { fmt.Println("two's defer") }()
	three()
	fmt.Println("two continues")
}

func three() {
	defer func() { fmt.Println("three's last defer") }()
	defer func() {
		fmt.Println("recover 2:", recover())
	}()
	defer func() {
		fmt.Println("recover 1:", recover())
		panic("second panic")
	}()
	panic("first panic")
}

func main() {
	one()
	panic("third panic")
}

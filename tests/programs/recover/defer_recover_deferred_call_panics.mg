// `defer recover()` in a deferred call that panics before returning: the new panic runs it, and it recovers nothing
package main

import "fmt"

func main() {
	defer func() { fmt.Println("main sees:", recover()) }()
	func() {
		defer func() { fmt.Println("outer function's first defer sees:", recover()) }()
		defer func() {
			defer fmt.Println("the deferred call's Println runs")
			defer recover()
			panic("second")
		}()
		panic("first")
	}()
	fmt.Println("continues after the outer function")
	func() {
		defer func() {
			defer recover() // the deferred call returns normally: recovers "third"
			func() {
				defer func() { fmt.Println("inner sees:", recover()) }()
				panic("fourth")
			}()
		}()
		panic("third")
	}()
	fmt.Println("continues after third")
	panic("fifth")
}

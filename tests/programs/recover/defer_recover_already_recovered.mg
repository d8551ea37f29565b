// `defer recover()` in a deferred call that already recovered returns nil; a second panic after the first recovered is its own record
package main

import "fmt"

func main() {
	func() {
		defer func() {
			defer func() { fmt.Println("deferred closure sees:", recover()) }()
			defer recover()
			fmt.Println("explicit recover:", recover())
		}()
		panic("once")
	}()
	fmt.Println("after once")
	defer func() { fmt.Println("main sees:", recover()) }()
	func() {
		defer func() {
			defer recover()
			recover()
			panic("again")
		}()
		panic("first")
	}()
	fmt.Println("not reached")
}

// a panic in an init function crashes before main runs; init's deferred calls run first
package main

import "fmt"

var ready = setup()

func setup() bool {
	fmt.Println("package variable initialized")
	return true
}

func init() {
	defer fmt.Println("init's deferred call")
	fmt.Println("init running, ready =", ready)
	panic("init failed")
}

func main() {
	fmt.Println("main never runs")
}

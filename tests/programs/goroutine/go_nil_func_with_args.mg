// go f(x) with a nil f starts Go's wrapper goroutine, which panics with a nil
// dereference; only go f() without arguments is the fatal go of nil func value
package main

import "fmt"

func main() {
	var f func(int)
	fmt.Println("start")
	go f(1)
	select {}
}

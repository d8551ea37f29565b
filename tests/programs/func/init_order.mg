// package variables initialize in dependency order, then init functions in source order
package main

import "fmt"

var a = b + 1
var b = f("b", c*2)
var c = f("c", 3)
var d, e = f("d", 10), f("e", a)

func f(name string, v int) int {
	fmt.Println("init var", name, "=", v)
	return v
}

func init() {
	fmt.Println("first init, a =", a)
	a = 100
}

func init() {
	fmt.Println("second init, a =", a)
}

func main() {
	fmt.Println("main", a, b, c, d, e)
}

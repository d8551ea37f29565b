// deferred call arguments, including nested calls, are evaluated at the defer statement
package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	defer un(trace("main"))
	x := 10
	defer fmt.Println("x at defer:", x)
	p := &x
	defer func(v int) { fmt.Println("param:", v, "pointer:", *p) }(x)
	x = 20
	a()
}

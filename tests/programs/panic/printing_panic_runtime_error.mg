// an Error method that writes to a nil map while the panic is printed reports runtime.plainError
package main

import "fmt"

type E struct{ m map[string]int }

func (e E) Error() string {
	e.m["boom"] = 1
	return "unreachable"
}

func main() {
	defer fmt.Println("deferred call runs first")
	panic(E{})
}

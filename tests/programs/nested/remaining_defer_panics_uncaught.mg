// a completed recovery removes the first panic, so only the later panic is printed
package main

import "fmt"

func f() (s string) {
	defer func() { panic("from a remaining deferred call") }()
	defer func() { s = fmt.Sprint("recovered ", recover()); fmt.Println(s) }()
	panic("first")
}

func main() {
	fmt.Println(f())
}

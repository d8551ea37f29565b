// a String method panics while fmt prints it: fmt catches the panic and prints %!v(PANIC=String method: ...)
package main

import "fmt"

type T struct{}

func (T) String() string { panic("boom") }

func main() {
	fmt.Println(T{})
	fmt.Println("still running")
}

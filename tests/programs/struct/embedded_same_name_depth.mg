// fields with the same name at the same depth must be reached through the embedded type
package main

import "fmt"

type A struct{ ID int; OnlyA string }
type B struct{ ID int; OnlyB string }

type C struct {
	A
	B
}

func main() {
	c := C{A{1, "a"}, B{2, "b"}}
	fmt.Println(c.A.ID, c.B.ID, c.OnlyA, c.OnlyB)
	fmt.Printf("%+v\n", c)
}

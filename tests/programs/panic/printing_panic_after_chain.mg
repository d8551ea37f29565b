// Error methods for the chain run newest first; a panic in an older record's Error is fatal
package main

import "fmt"

type Good string

func (g Good) Error() string { fmt.Println("Good.Error called"); return string(g) }

type Bad struct{}

func (Bad) Error() string { fmt.Println("Bad.Error called"); panic("bad error text") }

func main() {
	defer func() { panic(Good("newer")) }()
	panic(Bad{})
}

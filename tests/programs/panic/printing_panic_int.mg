// an Error method panicking with an int while the panic is printed reports "type int"
package main

type E struct{}

func (E) Error() string { panic(42) }

func main() { panic(E{}) }

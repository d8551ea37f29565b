// checks: a binary operator with operands of different types
package main

func main() {
	i := 1
	s := "a"
	println(i + s)
}

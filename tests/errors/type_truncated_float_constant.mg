// checks: an untyped float constant truncated to an integer operand
package main

func main() {
	i := 3
	i = i + 1.5
	println(i)
}

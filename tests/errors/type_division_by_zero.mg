// checks: integer division by a constant zero
package main

func main() {
	x := 10
	println(x / 0)
}

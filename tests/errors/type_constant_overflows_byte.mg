// checks: a constant conversion that overflows
package main

func main() {
	b := byte(256)
	println(b)
}

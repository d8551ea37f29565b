// checks: a radix point in a 0o literal
package main

func main() {
	x := 0o1.5
	_ = x
}

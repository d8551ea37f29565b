// checks: an unknown escape in a string
package main

func main() {
	x := "a\qb"
	_ = x
}

// checks: two underscores in a row in a number
package main

func main() {
	x := 1__0
	_ = x
}

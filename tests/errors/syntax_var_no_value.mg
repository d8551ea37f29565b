// checks: a var declaration with = and no value
package main

func main() {
	var x int =
	_ = x
}

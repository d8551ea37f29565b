// checks: a var declaration with neither type nor value
package main

func main() {
	var x
}

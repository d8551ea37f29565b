// checks: a closing brace where an expression is expected
package main

func main() {
	x :=
}

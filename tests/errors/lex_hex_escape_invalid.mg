// checks: a non-hex digit in a \x escape
package main

func main() {
	x := "\xZZ"
	_ = x
}

// checks: an empty rune literal
package main

func main() {
	x := ''
	_ = x
}

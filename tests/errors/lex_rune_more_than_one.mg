// checks: two characters in a rune literal
package main

func main() {
	x := 'ab'
	_ = x
}

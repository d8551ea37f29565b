// checks: a \U escape beyond U+10FFFF
package main

func main() {
	x := "\U00110000"
	_ = x
}

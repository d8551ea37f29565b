// checks: a stray character is reported with its code point
package main

func main() {
	x := 1 @ 2
	_ = x
}

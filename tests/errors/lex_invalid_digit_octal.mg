// checks: a legacy octal literal with the digit 9
package main

func main() {
	x := 09
	_ = x
}

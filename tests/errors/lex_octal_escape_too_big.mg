// checks: an octal escape above 255
package main

func main() {
	x := "\400"
	_ = x
}

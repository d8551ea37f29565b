// checks: iota only exists in constant declarations
package main

func main() {
	x := iota
	println(x)
}

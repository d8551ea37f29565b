// checks: an untyped constant that overflows the variable's type
package main

func main() {
	var x int8 = 300
	println(x)
}

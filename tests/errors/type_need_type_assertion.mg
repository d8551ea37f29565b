// checks: an interface value assigned to a concrete type
package main

func main() {
	var x any = 1
	var n int = x
	println(n)
}

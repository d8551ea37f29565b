// checks: a package variable whose initializer depends on itself through a function
package main

var total = sum()

func sum() int {
	return total + 1
}

func main() {
	println(total)
}

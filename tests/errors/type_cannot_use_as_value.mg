// checks: assigning a value of one type to a variable of another
package main

func main() {
	var s string = 5
	println(s)
}

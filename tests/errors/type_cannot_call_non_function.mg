// checks: calling a value that is not a function
package main

func main() {
	x := 1
	x()
}

// checks: a function body cut by the end of the file
package main

func main() {
	x := 1
	_ = x

// checks: a rune literal cut by the end of the file
package main

func main() {
	x := 'a
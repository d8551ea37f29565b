// checks: an interpreted string cut by the end of the file
package main

func main() {
	x := "abc
// checks: a raw string cut by the end of the file
package main

func main() {
	x := `abc
	_ = x
}

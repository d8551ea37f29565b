// checks: an interpreted string cut by a newline
package main

func main() {
	x := "abc
	_ = x
}

// checks: a bare brace list as a value
package main

func main() {
	var a []int = {1, 2}
	_ = a
}

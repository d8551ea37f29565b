// checks: a non-letter character inside a name
package main

func main() {
	var a·b int
	_ = a·b
}

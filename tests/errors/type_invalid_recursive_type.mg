// checks: a struct that contains itself
package main

type T struct {
	next T
}

func main() {
	var t T
	_ = t
}

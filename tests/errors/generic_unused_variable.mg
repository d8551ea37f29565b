// checks: an unused variable in a generic function that is never instantiated (Go reports it all the same)
package main

func Unused[T any](x T) {
	y := 1
}

func main() {
}

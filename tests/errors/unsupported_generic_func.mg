// checks: type parameters on a function
package main

func Map[T any](x T) T { return x }

func main() {
}

// checks: untyped constants of different kinds for one type parameter (Go: mismatched types untyped int and untyped string (cannot infer T))
package main

func Pick[T any](a, b T) T { return a }

func main() {
	_ = Pick(1, "a")
}

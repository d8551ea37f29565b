// checks: a generic type used without type arguments (Go: cannot use generic type Stack[T any] without instantiation)
package main

type Stack[T any] struct{ items []T }

func main() {
	var s Stack
	_ = s
}

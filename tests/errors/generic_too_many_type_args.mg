// checks: more type arguments than type parameters
package main

func Id[T any](x T) T { return x }

func main() {
	_ = Id[int, int](1)
}

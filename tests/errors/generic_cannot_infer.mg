// checks: a type parameter no argument determines (Go: in call to Map, cannot infer U)
package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	_ = Map([]int{1}, nil)
}

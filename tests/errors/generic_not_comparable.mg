// checks: a slice type argument for a comparable constraint
package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Eq([]int{}, nil)
}

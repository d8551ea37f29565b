// checks: type parameters on a type
package main

type List[T any] struct {
	head *T
}

func main() {
}

// checks: a method with its own type parameters is outside what minigo supports
package main

type Box struct{}

func (Box) Get[T any]() T {
	var z T
	return z
}

func main() {
}

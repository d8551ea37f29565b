// checks: a method with its own type parameters on a generic type is outside what minigo supports
package main

type List[E any] []E

func (l List[E]) Fold[A any](init A, f func(A, E) A) A {
	for _, e := range l {
		init = f(init, e)
	}
	return init
}

func main() {
}

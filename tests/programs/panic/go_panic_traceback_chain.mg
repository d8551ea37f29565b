// panics in deferred calls of nested functions chain from innermost to outermost
// from: src/runtime/testdata/testprog/crash.go PanicTraceback (re-expressed)
package main

func first() {
	defer func() { panic("panic in first's defer") }()
	second()
}

func second() {
	defer func() { panic("panic in second's defer") }()
	panic("hello")
}

func main() {
	first()
}

// misbehaving iterators get Go's runtime errors (runtime.Error values): yield after false, after the loop ended, after a recovered body panic, and returning after swallowing a body panic
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %T %v: %v\n", name, r, isRuntime, r)
	}()
	f()
}

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(0)
}

func ignoresFalse(yield func(int) bool) {
	yield(1)
	fmt.Println("  ignoring false")
	yield(2)
}

func swallows(yield func(int) bool) {
	defer func() { fmt.Println("  iterator recovered:", recover()) }()
	yield(1)
}

func swallowsAndGoesOn(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("  iterator recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

func recoversTheError(yield func(int) bool) {
	defer func() { fmt.Println("  iterator recovered its own error:", recover()) }()
	yield(1)
	yield(2)
}

func main() {
	try("after false", func() {
		for x := range ignoresFalse {
			fmt.Println("body", x)
			break
		}
	})
	try("after loop", func() {
		for x := range keep {
			fmt.Println("body", x)
		}
		saved(5)
	})
	try("after break", func() {
		for range keep {
			break
		}
		saved(6)
	})
	try("swallowed", func() {
		for x := range swallows {
			panic(x)
		}
	})
	try("continued after panic", func() {
		for x := range swallowsAndGoesOn {
			panic(x)
		}
	})
	try("error recovered by the iterator", func() {
		for range recoversTheError {
			break
		}
	})
}

// range over func in odd places: Goexit in a body, an interface method value, a range expression evaluated once, inside function literals and deferred calls, labels and goto inside a body, yield from another goroutine
package main

import (
	"fmt"
	"runtime"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator defer", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type I interface{ All(func(int) bool) }
type T struct{ n int }

func (t T) All(yield func(int) bool) {
	for i := range t.n {
		if !yield(i * t.n) {
			return
		}
	}
}

func calls() func(func(int) bool) {
	fmt.Println("range expression evaluated once")
	return count(2)
}

func main() {
	// Goexit in a body runs the iterator's defers and the goroutine's.
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goroutine defer")
		for x := range count(3) {
			defer fmt.Println("body defer", x)
			if x == 1 {
				runtime.Goexit()
			}
		}
	}()
	<-done
	var i I = T{3}
	for x := range i.All {
		fmt.Println("interface method value", x)
	}
	for x := range calls() {
		fmt.Println(x)
	}
	f := func() {
		for x := range count(1) {
			fmt.Println("inside a func literal", x)
		}
	}
	f()
	defer func() {
		for x := range count(2) {
			fmt.Println("inside a deferred call", x, recover())
		}
	}()
	// labels and goto inside the body
	for x := range count(2) {
		n := 0
	L:
		n++
		if n < 3 {
			goto L
		}
	M:
		for y := range 3 {
			if y == 1 {
				continue M
			}
			if y == 2 {
				break M
			}
			fmt.Println("x y n", x, y, n)
		}
	}
	// yield from another goroutine (no defer in the body)
	fromGoroutine := func(yield func(int) bool) {
		c := make(chan bool)
		go func() {
			yield(42)
			c <- true
		}()
		<-c
	}
	for x := range fromGoroutine {
		fmt.Println("from another goroutine", x)
	}
	panic("main panics; the deferred loop recovers nothing inside its body")
}

// a panic or Goexit in an iterator driven by iter.Pull comes out of the next or stop call that ran it; next and yield must alternate (Go's iter.Pull panics)
package main

import (
	"fmt"
	"iter"
	"runtime"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: recovered %v\n", name, recover()) }()
	f()
}

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("iterator broke")
	})
	fmt.Println(next())
	try("next", func() { fmt.Println(next()) })
	fmt.Println("after the panic:", fmt.Sprint(next()))
	stop()

	next, stop = iter.Pull(func(yield func(int) bool) {
		defer fmt.Println("  iterator's defer")
		for yield(0) {
		}
		panic("panicked while stopping")
	})
	fmt.Println(next())
	try("stop", stop)

	var inner func() (int, bool)
	inner, stop = iter.Pull(func(yield func(int) bool) {
		inner()
	})
	try("reentrant next", func() { inner() })
	stop()

	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goroutine's defer runs")
		n, _ := iter.Pull(func(yield func(int) bool) {
			runtime.Goexit()
		})
		n()
		fmt.Println("not reached")
	}()
	<-done

	n, s := iter.Pull(func(yield func(string) bool) {
		yield("a")
		panic(fmt.Errorf("wrapped %w", fmt.Errorf("cause")))
	})
	defer s()
	fmt.Println(n())
	fmt.Println(n())
}

// deferred and go'd builtins on nil channels, maps, slices and array pointers; nil zero-size pointers still panic when dereferenced
package main

import "fmt"

type E struct{}

func try(label string, f func()) {
	defer func() {
		fmt.Println(label, "->", recover())
	}()
	f()
}

func main() {
	var c chan E
	var m map[E]int
	var s []E
	var p *[2]E
	try("defer close nil", func() { defer close(c) })
	try("defer delete nil", func() { defer delete(m, E{}) })
	try("defer copy nil", func() { defer copy(s, s) })
	try("defer clear nil", func() { defer clear(m); defer clear(s) })
	try("defer print len nil ptr", func() { defer fmt.Println(len(p), cap(p)) })
	try("go with nil pointer arg", func() {
		done := make(chan int)
		go func(n int) { done <- n }(len(p))
		fmt.Println(<-done)
	})
	try("range nil ptr deferred", func() {
		defer func() {
			for i := range p {
				fmt.Print(i)
			}
			fmt.Println()
		}()
	})
	try("index nil zero-size array pointer", func() { fmt.Println(p[1]) })
	try("assign through nil zero-size array pointer", func() { p[0] = E{} })
	try("deref nil zero-size", func() { var q *E; fmt.Println(*q) })
	try("field of nil zero-size struct pointer", func() {
		type Z struct{ e E }
		var z *Z
		fmt.Println(z.e)
	})
}

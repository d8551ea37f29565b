// method expressions of interface methods promoted through embedded interfaces and embedded pointers, called directly, from goroutines and deferred; nil ones panic
package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(string) string }
type G struct{ who string }

func (g G) Greet(s string) string { return s + " " + g.who }

type Has struct {
	n int
	Greeter
}
type Deep struct {
	*Has
}

func main() {
	h := Has{1, G{"bo"}}
	f := (*Has).Greet
	g := Has.Greet
	d := Deep{&h}
	k := Deep.Greet
	l := (*Deep).Greet
	fmt.Println(f(&h, "hi"), g(h, "yo"), k(d, "hey"), l(&d, "hello"))
	var b strings.Builder
	done := make(chan bool)
	go func() {
		defer close(done)
		b.WriteString(Deep.Greet(d, "go"))
	}()
	<-done
	fmt.Println(b.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer fmt.Println(k(d, "deferred"))
		var empty Deep
		fmt.Println(k(empty, "x"))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(g(Has{}, "x"))
	}()
}

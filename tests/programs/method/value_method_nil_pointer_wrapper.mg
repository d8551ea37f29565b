// a value method called through *T's method set with a nil *T panics in Go's (*T).M wrapper with a runtime.plainError
package main

import (
	"fmt"
	"os"
)

type T struct{ x int }

func (t T) Get() int { return t.x }

type I interface{ Get() int }

func call(i I) int { return i.Get() }

func try(label string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", label, r, r)
	}()
	f()
}

func main() {
	var p *T
	var items []I
	if len(os.Args) < 5 { // not known at compile time: no devirtualization
		items = append(items, p)
	}
	try("interface", func() { fmt.Println(call(items[0])) })
	try("method expression", func() { fmt.Println((*T).Get(p)) })
	try("method expression value", func() { f := (*T).Get; fmt.Println(f(p)) })
	try("interface method value", func() { f := items[0].Get; fmt.Println(f()) })
	try("interface method expression", func() { fmt.Println(I.Get(items[0])) })
	try("deferred interface call", func() { defer items[0].Get() })
	try("bound on a nil pointer", func() { f := p.Get; fmt.Println("bound", f()) })
	try("non-nil", func() { items[0] = &T{7}; fmt.Println(call(items[0])) })
}

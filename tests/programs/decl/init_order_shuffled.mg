// package variable initialization order with declarations shuffled: dependencies through methods, interfaces and constants declared later
package main

import "fmt"

type Level int

type Linker interface{ Links() []Named }

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func (l Level) Next() Level { return l - 1 }

func (b *base) Links() []Named {
	var out []Named
	for p := b; p != nil; p = p.parent {
		out = append(out, p)
	}
	return out
}

func init() { fmt.Println("init func sees", first, last) }

func main() {
	fmt.Println(chain.Name(), len(chain.Links()), first, last, depth)
	for _, n := range chain.Links() {
		fmt.Print(n.Name(), " ")
	}
	fmt.Println()
}

var chain Chain = build(depth)

var depth = trace("depth", int(Three))

var last = trace("last", first+int(Three.Next()))

type Named interface{ Name() string }

const Three = Level(len("abc"))

type link struct{ *base }

func build(n int) Chain {
	fmt.Println("build", n)
	b := &base{name: "root"}
	for i := 0; i < n; i++ {
		b = &base{name: fmt.Sprint("link", i), parent: b}
	}
	return &link{b}
}

func (b *base) Name() string { return b.name }

var first = trace("first", len(chain.Links()))

var _ Chain = (*link)(nil)

type base struct {
	name   string
	parent *base
}

type Chain interface {
	Linker
	Named
}

// interfaces embedding the same interface through several paths and levels, declared before what they embed, with methods returning the outer interfaces
package main

import "fmt"

type ReadCloser interface {
	Reader
	Closer
	Named
}

type Reader interface {
	Named
	Read() (string, ReadCloser)
}

type Closer interface {
	Named
	Close() Reader
}

type Named interface{ Name() string }

type Both interface {
	ReadCloser
	Reader
	Closer
}

type f struct{ n string }

func (x f) Name() string              { return x.n }
func (x f) Read() (string, ReadCloser) { return "data", x }
func (x f) Close() Reader             { return x }

func main() {
	var b Both = f{"file"}
	s, rc := b.Read()
	fmt.Println(s, rc.Name(), b.Close().Name())
	var n Named = b
	_, ok := n.(Both)
	fmt.Println(ok)
}

// a method value taken from an interface binds the current dynamic value
package main

import "fmt"

type Namer interface{ Name() string }
type A struct{ n string }

func (a A) Name() string { return "A:" + a.n }

type B struct{}

func (B) Name() string { return "B" }

func main() {
	var i Namer = A{"first"}
	f := i.Name
	i = B{}
	g := i.Name
	fmt.Println(f(), g(), i.Name())
	h := Namer.Name
	fmt.Println(h(A{"expr"}), h(B{}))
}

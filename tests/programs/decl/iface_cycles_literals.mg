// interface cycles through interface literals, struct fields of interface type and local interfaces embedding package ones: all valid Go
package main

import "fmt"

type Walker interface {
	Step() Path
	Named
}

type Path interface {
	Walkers() []Walker
	Last() Leaf
}

type Leaf interface {
	Path
	Named
}

type Named interface{ Name() string }

type holder struct {
	w Walker
	f interface {
		Leaf
		Extra() int
	}
}

type impl struct{ name string }

func (i impl) Step() Path         { return i }
func (i impl) Name() string       { return i.name }
func (i impl) Walkers() []Walker  { return []Walker{i} }
func (i impl) Last() Leaf         { return i }
func (i impl) Extra() int         { return len(i.name) }

func main() {
	type local interface {
		Leaf
		Walker
	}
	var l local = impl{"loc"}
	h := holder{impl{"w"}, impl{"field"}}
	fmt.Println(l.Name(), l.Step().Last().Name(), h.w.Name(), h.f.Extra(), len(h.f.Walkers()))
	var p Path = h.f
	_, isLeaf := p.(Leaf)
	_, isWalker := p.(Walker)
	fmt.Println(isLeaf, isWalker)
}

// aliases of func, slice, map, pointer and interface types that refer back to themselves through defined types (valid Go), with methods using them
package main

import "fmt"

type Handler = func(*Context) error

type Chain = []Handler

type Context struct {
	chain Chain
	index int
	log   Log
}

type Log = map[string]Entry

type Entry interface {
	Ctx() *Context
	Handlers() Chain
}

type Next = *Node

type Node struct {
	next Next
	val  int
}

type Walker = interface {
	Step() Path
	Named
}

type Path interface {
	Walkers() []Walker
}

type Named interface{ Name() string }

func (c *Context) Use(hs ...Handler) *Context {
	c.chain = append(c.chain, hs...)
	return c
}

func (c *Context) Run() error {
	for c.index < len(c.chain) {
		h := c.chain[c.index]
		c.index++
		if err := h(c); err != nil {
			return err
		}
	}
	return nil
}

type entry struct{ c *Context }

func (e entry) Ctx() *Context    { return e.c }
func (e entry) Handlers() Chain  { return e.c.chain }

type walker struct{ n string }

func (w walker) Step() Path        { return w }
func (w walker) Walkers() []Walker { return []Walker{w} }
func (w walker) Name() string      { return w.n }

func main() {
	c := (&Context{log: Log{}}).Use(func(c *Context) error { fmt.Println("first"); return nil }, func(c *Context) error { return fmt.Errorf("second fails at %d", c.index) })
	c.log["e"] = entry{c}
	fmt.Println(c.Run(), len(c.log["e"].Handlers()), c.log["e"].Ctx() == c)
	n := &Node{next: &Node{val: 2}, val: 1}
	fmt.Println(n.val, n.next.val, n.next.next == nil)
	var w Walker = walker{"w"}
	fmt.Println(w.Step().Walkers()[0].Name())
}

// deferred method values, bound at the defer statement, run at every depth of nested panics: value and pointer receivers, interfaces, promoted methods
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Report()  { fmt.Println("value receiver", c.name, c.n, "recover:", recover()) }
func (c *Counter) Bump()   { c.n++; fmt.Println("pointer receiver", c.name, c.n) }
func (c *Counter) Fail()   { panic("Fail from " + c.name) }
func (c *Counter) Rescue() { fmt.Println(c.name, "rescues", recover()) }

type Reporter interface{ Report() }

type Wrapped struct{ *Counter }

func inner(c *Counter) {
	defer c.Rescue()
	defer c.Report()
	defer c.Bump()
	c.n = 100
	panic("inner")
}

func middle(c *Counter) {
	var r Reporter = *c
	w := Wrapped{c}
	defer w.Rescue()
	defer r.Report()
	defer w.Fail()
	defer w.Bump()
	inner(c)
	fmt.Println("inner returned, n =", c.n)
	panic("middle")
}

func main() {
	c := &Counter{"c", 0}
	defer func() { fmt.Println("main:", recover(), c.n) }()
	report := c.Report
	bump := (*Counter).Bump
	defer report()
	defer bump(c)
	middle(c)
	fmt.Println("middle returned normally: a deferred Report recovered its panic")
}

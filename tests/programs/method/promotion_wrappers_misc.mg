// promoted String/Error methods seen by fmt and errors, method values copying their receiver at bind time, embedded interfaces (nil ones panic when called)
package main

import (
	"errors"
	"fmt"
)

type Name struct{ s string }

func (n Name) String() string { return "Name(" + n.s + ")" }

type Err struct{ code int }

func (e *Err) Error() string { return fmt.Sprint("err ", e.code) }

type Person struct {
	Name
	age int
}

type Wrapped struct {
	*Err
	extra string
}

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Box struct{ Counter }

type Greeter interface{ Greet() string }
type G struct{ who string }

func (g G) Greet() string { return "hi " + g.who }

type HasGreeter struct {
	Greeter
	id int
}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func main() {
	p := Person{Name{"ann"}, 3}
	fmt.Printf("%v %s %+v %v\n", p, p, p, &p)
	var err error = Wrapped{&Err{7}, "x"}
	var target *Err
	fmt.Println(err, errors.As(err, &target))

	b := Box{}
	inc := b.Inc
	inc()
	inc()
	getb := b.Get
	b.Inc()
	var i interface{ Get() int } = b
	gi := i.Get
	b.Inc()
	fmt.Println(b.n, getb(), gi(), i.Get())

	h := HasGreeter{G{"bo"}, 1}
	var gr Greeter = h
	fmt.Println(h.Greet(), HasGreeter.Greet(h), gr.Greet())
	try("nil embedded interface", func() {
		var g Greeter = HasGreeter{}
		fmt.Println("assigned")
		fmt.Println(g.Greet())
	})
	try("nil embedded interface method value", func() {
		var hh HasGreeter
		f := hh.Greet
		fmt.Println("bound", f != nil)
	})
	try("nil embedded interface method expression", func() {
		f := HasGreeter.Greet
		fmt.Println("expression")
		f(HasGreeter{})
	})
	try("deferred receiver", func() {
		c := Counter{5}
		defer fmt.Println("deferred get", c.Get())
		defer func(f func() int) { fmt.Println("deferred f", f()) }(c.Get)
		c.Inc()
		fmt.Println("now", c.Get())
	})
}

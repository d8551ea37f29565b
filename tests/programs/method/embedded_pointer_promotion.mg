// a value of an outer struct embedding *T can call T's pointer methods
package main

import "fmt"

type Engine struct{ rpm int }

func (e *Engine) Rev(d int) { e.rpm += d }
func (e Engine) RPM() int   { return e.rpm }

type Car struct {
	*Engine
	Name string
}

type Bike struct {
	Engine
	Name string
}

func main() {
	c := Car{&Engine{}, "car"}
	c.Rev(1000)
	c2 := c
	c2.Rev(500)
	fmt.Println(c.RPM(), c2.RPM())
	b := Bike{Name: "bike"}
	b.Rev(300)
	b2 := b
	b2.Rev(1)
	fmt.Println(b.RPM(), b2.RPM())
}

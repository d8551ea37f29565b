// pointer methods of an embedded value are promoted to the outer pointer, not the outer value
package main

import "fmt"

type Inner struct{ hits int }

func (i *Inner) Hit()        { i.hits++ }
func (i Inner) Count() int   { return i.hits }

type Outer struct{ Inner }

type Hitter interface{ Hit() }
type Counter interface{ Count() int }

func main() {
	o := Outer{}
	o.Hit()
	var h Hitter = &o
	h.Hit()
	var c Counter = o
	fmt.Println(o.Count(), c.Count())
	var x any = o
	_, valueIsHitter := x.(Hitter)
	var y any = &o
	_, ptrIsHitter := y.(Hitter)
	fmt.Println(valueIsHitter, ptrIsHitter)
}

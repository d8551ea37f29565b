// value receivers get a copy; pointer receivers modify the original
package main

import "fmt"

type Acc struct{ n int }

func (a Acc) AddValue(d int)    { a.n += d; fmt.Println("inside value:", a.n) }
func (a *Acc) AddPointer(d int) { a.n += d }

func main() {
	a := Acc{1}
	a.AddValue(10)
	fmt.Println(a.n)
	a.AddPointer(10)
	fmt.Println(a.n)
	p := &a
	p.AddValue(100)
	p.AddPointer(100)
	fmt.Println(a.n, p.n)
}

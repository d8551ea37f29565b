// deferred method values, method expressions and interface methods bind receivers at defer time
package main

import "fmt"

type Acc struct{ name string; n int }

func (a Acc) Show()      { fmt.Println("value", a.name, a.n) }
func (a *Acc) PShow()    { fmt.Println("pointer", a.name, a.n) }
func (a Acc) Say(s string) { fmt.Println(a.name, "says", s) }

type Shower interface{ Show() }

func main() {
	a := Acc{"a", 1}
	defer a.Show()
	defer a.PShow()
	defer Acc.Say(a, "expr")
	defer (*Acc).PShow(&a)
	var s Shower = a
	defer s.Show()
	m := a.Show
	defer m()
	a.n = 2
	a.name = "A"
	fmt.Println("body done")
}

// a method value from a pointer receiver sees later changes; from a value receiver it does not
package main

import "fmt"

type Cfg struct{ level int }

func (c Cfg) Show()   { fmt.Println("value:", c.level) }
func (c *Cfg) PShow() { fmt.Println("pointer:", c.level) }

func main() {
	c := &Cfg{1}
	show := c.Show
	pshow := c.PShow
	c.level = 2
	show()
	pshow()
	var calls []func()
	for i := range 3 {
		cc := Cfg{i}
		calls = append(calls, cc.Show)
	}
	for _, f := range calls {
		f()
	}
}

// embedded structs promote fields and methods; outer fields shadow inner ones
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Derived struct {
	Base
	Name string
}

func main() {
	d := Derived{Base{1, "inner"}, "outer"}
	fmt.Println(d.ID, d.Name, d.Base.Name)
	d.Rename("renamed")
	fmt.Println(d.Name, d.Base.Name, d.Describe())
	d.ID = 42
	fmt.Printf("%v\n%+v\n", d, d)
}

// compile-time interface assertions placed before types, methods and embedded interfaces, in value, pointer and promoted forms
package main

import "fmt"

var (
	_ Animal        = Dog{}
	_ Animal        = (*Cat)(nil)
	_ Pet           = &Cat{}
	_ Pet           = GuideDog{}
	_ fmt.Stringer  = Dog{}
	_ Animal        = Pet(nil)
	animals         = []Animal{Dog{"rex"}, &Cat{"tom"}, GuideDog{Dog{"max"}, "ann"}}
)

type Pet interface {
	Animal
	Owner() string
}

type Animal interface {
	Sound() string
	fmt.Stringer
}

type GuideDog struct {
	Dog
	owner string
}

func (g GuideDog) Owner() string { return g.owner }
func (c *Cat) Owner() string     { return "nobody" }
func (c *Cat) Sound() string     { return "meow" }
func (c *Cat) String() string    { return "cat " + c.name }
func (d Dog) Sound() string      { return "woof" }
func (d Dog) String() string     { return "dog " + d.name }

type Dog struct{ name string }
type Cat struct{ name string }

func main() {
	for _, a := range animals {
		p, isPet := a.(Pet)
		owner := ""
		if isPet {
			owner = p.Owner()
		}
		fmt.Println(a, a.Sound(), isPet, owner)
	}
}
